import { buildAtom } from '@/lib/feeds/atom';
import { loadSiteFeed } from '@/lib/feeds/site-feeds';

// Cached like the home page, and refreshed with it.
export const revalidate = 300;

export async function GET() {
  const xml = buildAtom(await loadSiteFeed('/atom.xml'));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
