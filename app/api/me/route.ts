import type { NextRequest } from 'next/server';
import { getReader } from '@/lib/accounts/reader';
import { readerHintCookie } from '@/lib/accounts/reader-hint';
import { readerStateFor } from '@/lib/community/reader-state';

// Per reader: never rendered ahead of time, never stored by any shared cache.
export const dynamic = 'force-dynamic';

const PRIVATE = { 'cache-control': 'private, no-store', vary: 'Cookie' };

/**
 * GET /api/me?papers=12,40,41: the signed-in reader (the account menu) and their own marks on
 * the papers of the page they are reading (which they upvoted). Cached pages are the same bytes
 * for everyone; this small private request, made by script only when the reader-hint cookie is
 * present, is how a signed-in reader's state reaches them (docs/decisions/019).
 */
export async function GET(request: NextRequest) {
  const reader = await getReader(request.headers);
  if (!reader) {
    // A stale hint (the session expired or was ended elsewhere): clear it, so no more requests.
    return Response.json({ reader: null }, { headers: { ...PRIVATE, 'set-cookie': readerHintCookie(false) } });
  }
  const state = await readerStateFor(reader, request.nextUrl.searchParams);
  return Response.json(
    { reader: { username: reader.username, role: reader.role }, ...state },
    { headers: PRIVATE },
  );
}
