import { element } from '@/lib/feeds/xml';
import { countPaperSitemaps } from '@/lib/papers/sitemap-queries';
import { absoluteUrl } from '@/lib/site-url';

export const revalidate = 3600;

/** The sitemap index (https://www.sitemaps.org/protocol.html#index) of app/sitemap.ts's files. */
export async function GET() {
  const count = (await countPaperSitemaps()) + 1;
  const entries = Array.from({ length: count }, (_, id) => `<sitemap>${element('loc', absoluteUrl(`/sitemaps/sitemap/${id}.xml`))}</sitemap>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
