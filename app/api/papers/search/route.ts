import type { NextRequest } from 'next/server';
import { thumbnailUrl } from '@/lib/api/daily-papers';
import { toHfDailyItem } from '@/lib/api/hf-shape';
import { apiJson, preflight } from '@/lib/api/http';
import { searchPapers } from '@/lib/search/search-papers';

/**
 * Hugging Face-compatible search: GET /api/papers/search?q=…[&category=&from=&to=&page=].
 * A bare JSON array of daily_papers-shaped items, best match first; `Link: rel="next"` when
 * there is another page. Bad parameters fall back to defaults; a query never errors.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const results = await searchPapers({
    q: params.get('q') ?? '',
    category: params.get('category') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    page: params.get('page') ?? undefined,
  });
  const headers: Record<string, string> = {};
  if (results.hasNext) {
    const next = new URLSearchParams(params);
    next.set('page', String(results.page + 1));
    headers.Link = `<${request.nextUrl.pathname}?${next.toString()}>; rel="next"`;
  }
  return apiJson(
    results.hits.map((hit) => toHfDailyItem(hit, thumbnailUrl(hit))),
    { headers },
  );
}

export function OPTIONS() {
  return preflight();
}
