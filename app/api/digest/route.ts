import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { isValidDigestToken } from '@/lib/digest/digest-secret';
import { digestRequestSchema, runDigest } from '@/lib/digest/run-digest';

// A send can take minutes for a large list; platforms that cap request time should run the CLI.
export const maxDuration = 300;

/**
 * POST /api/digest[?date=YYYY-MM-DD][&weekly=1] with `Authorization: Bearer <DIGEST_SECRET>`:
 * for platform schedulers (cron services that can only make HTTP requests). Wrong or missing
 * secret: 401, nothing sent. Running it twice sends nothing the second time.
 */
export async function POST(request: NextRequest) {
  if (!isValidDigestToken(request.headers.get('authorization'))) {
    return NextResponse.json({ error: 'A valid bearer token is required.' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  }
  const query = digestRequestSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: z.flattenError(query.error).fieldErrors }, { status: 400 });
  const result = await runDigest(query.data);
  return NextResponse.json(result);
}
