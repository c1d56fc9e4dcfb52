import { buildRss } from '@/lib/feeds/rss';
import { loadSiteFeed } from '@/lib/feeds/site-feeds';

// Cached like the home page, and refreshed with it.
export const revalidate = 300;

export async function GET() {
  const xml = buildRss(await loadSiteFeed('/feed.xml'));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
