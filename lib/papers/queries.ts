import { db } from '@/lib/db';
import { todayUtc, type FeedDay } from '@/lib/dates/feed-day';
import { DETAIL_WITH_LISTING_SELECT, toDetail } from './shapes';
import type { AdjacentDays, PaperDetail } from './types';

// Lists of papers are lib/papers/list-queries.ts; these are the single paper and the days.

/** The most recent day with papers, never in the future. */
export async function getLatestFeedDay(now: Date = new Date()): Promise<FeedDay | null> {
  const latest = await db.listing.findFirst({
    where: { day: { lte: todayUtc(now) }, hiddenAt: null },
    orderBy: { day: 'desc' },
    select: { day: true },
  });
  return latest ? (latest.day as FeedDay) : null;
}

/** The closest days before and after `day` that have papers (empty days are skipped). */
export async function getAdjacentFeedDays(day: FeedDay, now: Date = new Date()): Promise<AdjacentDays> {
  const [previous, next] = await Promise.all([
    db.listing.findFirst({ where: { day: { lt: day }, hiddenAt: null }, orderBy: { day: 'desc' }, select: { day: true } }),
    db.listing.findFirst({
      where: { day: { gt: day, lte: todayUtc(now) }, hiddenAt: null },
      orderBy: { day: 'asc' },
      select: { day: true },
    }),
  ]);
  return { previous: (previous?.day as FeedDay) ?? null, next: (next?.day as FeedDay) ?? null };
}

/** A paper by its slug (its page, the API's /api/papers/{id}), or null. */
export async function getPaperBySlug(slug: string): Promise<PaperDetail | null> {
  const row = await db.paper.findUnique({ where: { slug }, select: DETAIL_WITH_LISTING_SELECT });
  if (!row) return null;
  const { listing, ...paper } = row;
  return toDetail(paper, listing);
}
