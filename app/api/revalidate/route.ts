import { revalidatePath } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { dropCachedPages } from '@/lib/community/page-changes';
import { readBodyText } from '@/lib/http/read-body';
import { isValidRevalidateToken } from '@/lib/revalidate/secret';
import { REVALIDATED_SCOPE_HEADER } from '@/lib/serving/cache-policy';

const PATHS_BODY_LIMIT = 256 * 1024;
const pathsSchema = z.object({ paths: z.array(z.string().startsWith('/').max(512)).min(1).max(5_000) });

/**
 * POST /api/revalidate with `Authorization: Bearer <secret>`:
 * - no body: drops every cached page of this instance (the seed and import commands, after
 *   they change data);
 * - `{"paths": ["/papers/date/2025-09-04", …]}`: drops only those pages (the page-change
 *   poller of scripts/serve.ts, for votes and comments made on other instances; decision 019).
 */
export async function POST(request: NextRequest) {
  if (!isValidRevalidateToken(request.headers.get('authorization'))) {
    return NextResponse.json({ error: 'A valid bearer token is required.' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  }
  const text = await readBodyText(request, PATHS_BODY_LIMIT);
  if (text === null) return NextResponse.json({ error: 'The body is too large.' }, { status: 413 });
  if (text.trim() === '') {
    revalidatePath('/', 'layout');
    return NextResponse.json({ revalidated: true, at: new Date().toISOString() }, { headers: { [REVALIDATED_SCOPE_HEADER]: 'all' } });
  }
  let parsed: z.ZodSafeParseResult<z.infer<typeof pathsSchema>>;
  try {
    parsed = pathsSchema.safeParse(JSON.parse(text));
  } catch {
    return NextResponse.json({ error: 'The body must be JSON: {"paths": ["/…"]}.' }, { status: 400 });
  }
  if (!parsed.success) return NextResponse.json({ error: 'The body must be {"paths": ["/…"]}: paths on this site.' }, { status: 400 });
  // Next's copies and (through the hook scripts/serve.ts sets) the page cache's.
  dropCachedPages(parsed.data.paths);
  return NextResponse.json({ revalidated: parsed.data.paths.length, at: new Date().toISOString() }, { headers: { [REVALIDATED_SCOPE_HEADER]: 'paths' } });
}
