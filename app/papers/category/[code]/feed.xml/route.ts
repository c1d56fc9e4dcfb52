import { buildRss } from '@/lib/feeds/rss';
import { loadCategoryFeed } from '@/lib/feeds/site-feeds';
import { isKnownCategory } from '@/lib/papers/arxiv-taxonomy';

export const revalidate = 3600;

export function generateStaticParams(): { code: string }[] {
  return [];
}

type Context = { params: Promise<{ code: string }> };

/** RSS of one arXiv category: /papers/category/cs.LG/feed.xml. The param arrives decoded. */
export async function GET(_request: Request, { params }: Context) {
  const { code } = await params;
  if (!isKnownCategory(code)) return new Response('Unknown category\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const xml = buildRss(await loadCategoryFeed(code));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
