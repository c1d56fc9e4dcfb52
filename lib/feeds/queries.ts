import { db } from '@/lib/db';
import { feedDayToDate, todayUtc } from '@/lib/dates/feed-day';
import { toPlainText } from '@/lib/math/rich-text';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { paperPath } from '@/lib/papers/paper-ref';
import { absoluteUrl } from '@/lib/site-url';
import type { FeedItem } from './types';

/** Enough for the last two or three weekdays: readers poll often, and a feed is not an archive. */
export const FEED_ITEM_LIMIT = 60;

/**
 * The latest listed papers, newest day first and in rank order within a day; `category` keeps
 * that category's. Never a day after today (UTC): an importer may have queued tomorrow's list.
 */
export async function listFeedItems({ category = null, now = new Date() }: { category?: string | null; now?: Date } = {}): Promise<FeedItem[]> {
  const listings = await db.listing.findMany({
    where: { day: { lte: todayUtc(now) }, ...(category ? { paper: { categories: { some: { code: category } } } } : {}) },
    orderBy: [{ day: 'desc' }, { rank: 'asc' }],
    take: FEED_ITEM_LIMIT,
    select: {
      day: true,
      paper: {
        select: {
          slug: true,
          title: true,
          abstract: true,
          authors: { orderBy: { position: 'asc' }, select: { name: true } },
          categories: { orderBy: { position: 'asc' }, select: { code: true } },
        },
      },
    },
  });
  return listings.map(({ day, paper }) => ({
    url: absoluteUrl(paperPath(paper.slug)),
    title: toPlainText(paper.title).replace(/\s+/g, ' ').trim(),
    summary: toPlainText(paper.abstract).trim(),
    authors: paper.authors.map((author) => author.name),
    categories: paper.categories.map(({ code }) => ({ code, name: categoryName(code) })),
    date: feedDayToDate(day as Parameters<typeof feedDayToDate>[0]),
  }));
}
