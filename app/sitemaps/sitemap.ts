import type { MetadataRoute } from 'next';
import { buildSitemapEntries } from '@/lib/papers/sitemap';
import { countPaperSitemaps } from '@/lib/papers/sitemap-queries';

// Served at /sitemaps/sitemap/<id>.xml; /sitemap.xml (app/sitemap.xml/route.ts) is their index.
// Not app/sitemap.ts: Next reserves /sitemap.xml for it, and with generateSitemaps it writes no
// index, so the well-known /sitemap.xml would not exist.
export const revalidate = 3600;

/** 0: list pages; 1…: papers, 10,000 per sitemap, so the split grows with the catalogue. */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  const paperSitemaps = await countPaperSitemaps();
  return Array.from({ length: paperSitemaps + 1 }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return buildSitemapEntries(Number(await id));
}
