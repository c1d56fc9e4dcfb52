import { db } from '@/lib/db';
import { todayUtc, type FeedDay } from '@/lib/dates/feed-day';

import { SITEMAP_CHUNK_SIZE } from './sitemap-constants';

export { SITEMAP_CHUNK_SIZE } from './sitemap-constants';

/** How many sitemaps of papers the catalogue needs (at least one, so the index is never empty). */
export async function countPaperSitemaps(): Promise<number> {
  return Math.max(1, Math.ceil((await db.paper.count()) / SITEMAP_CHUNK_SIZE));
}

/** One chunk of paper slugs, in id order so a chunk's content is stable as papers are added. */
export async function listPaperSlugs(chunk: number): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.paper.findMany({
    orderBy: { id: 'asc' },
    skip: chunk * SITEMAP_CHUNK_SIZE,
    take: SITEMAP_CHUNK_SIZE,
    select: { slug: true, updatedAt: true },
  });
}

/** Every day with papers (one row per day, by GROUP BY), up to today. */
export async function listListedDays(now: Date = new Date()): Promise<FeedDay[]> {
  const rows = await db.listing.groupBy({ by: ['day'], where: { day: { lte: todayUtc(now) }, hiddenAt: null }, orderBy: { day: 'desc' } });
  return rows.map((row) => row.day as FeedDay);
}

export async function listUsedCategories(): Promise<string[]> {
  const rows = await db.paperCategory.groupBy({ by: ['code'], orderBy: { code: 'asc' } });
  return rows.map((row) => row.code);
}
