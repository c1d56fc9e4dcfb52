import type { NextRequest } from 'next/server';
import { listDailyPapers } from '@/lib/api/daily-papers';
import { parseDailyPapersQuery } from '@/lib/api/daily-papers-query';
import { apiError, apiJson, preflight } from '@/lib/api/http';

/**
 * Hugging Face-compatible list of daily papers: GET /api/daily_papers?date=|week=|month=,
 * limit, p, sort, submitter. A bare JSON array; `Link: <…p=N+1>; rel="next"` when there is more.
 */
export async function GET(request: NextRequest) {
  const parsed = parseDailyPapersQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return apiError(400, parsed.error);
  const { items, hasMore } = await listDailyPapers(parsed.query);
  const headers: Record<string, string> = {};
  if (hasMore) {
    const next = new URL(request.nextUrl.pathname + request.nextUrl.search, request.nextUrl.origin);
    next.searchParams.set('p', String(parsed.query.page + 1));
    headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  return apiJson(items, { headers });
}

export function OPTIONS() {
  return preflight();
}
