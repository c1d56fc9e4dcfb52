import { revalidatePath } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { isValidRevalidateToken } from '@/lib/revalidate/secret';

/**
 * POST /api/revalidate with `Authorization: Bearer <secret>`: drops every cached page of this
 * instance. Called by the seed and import commands after they change data.
 */
export function POST(request: NextRequest) {
  if (!isValidRevalidateToken(request.headers.get('authorization'))) {
    return NextResponse.json({ error: 'A valid bearer token is required.' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  }
  revalidatePath('/', 'layout');
  return NextResponse.json({ revalidated: true, at: new Date().toISOString() });
}
