import { feedDayToDate } from '@/lib/dates/feed-day';
import { toPlainText } from '@/lib/math/rich-text';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { listPaperDetails } from '@/lib/papers/list-queries';
import { paperPath } from '@/lib/papers/paper-ref';
import type { ListedPaperDetail } from '@/lib/papers/types';
import { absoluteUrl } from '@/lib/site-url';
import type { FeedItem } from './types';

/** Enough for the last two or three weekdays: readers poll often, and a feed is not an archive. */
export const FEED_ITEM_LIMIT = 60;

/**
 * The latest listed papers, newest day first and in rank order within a day (the list query
 * without a period); `category` keeps that category's. Never a day after today (UTC).
 */
export async function listFeedItems({ category = null, now = new Date() }: { category?: string | null; now?: Date } = {}): Promise<FeedItem[]> {
  const { papers } = await listPaperDetails({ period: null, sort: 'top', category, limit: FEED_ITEM_LIMIT, now });
  return papers.map(toFeedItem);
}

function toFeedItem(paper: ListedPaperDetail): FeedItem {
  return {
    url: absoluteUrl(paperPath(paper.slug)),
    title: toPlainText(paper.title).replace(/\s+/g, ' ').trim(),
    summary: toPlainText(paper.abstract).trim(),
    authors: paper.authors.map((author) => author.name),
    categories: paper.categories.map((code) => ({ code, name: categoryName(code) })),
    date: feedDayToDate(paper.listing.day),
  };
}
