import { db } from '@/lib/db';
import type { Period } from '@/lib/dates/period';
import type { FeedDay } from '@/lib/dates/feed-day';
import type { ListOptions, ListSort } from './list-options';
import { SUMMARY_SELECT, summarize } from './queries';
import type { PaperSummary } from './types';

export type ListedPaper = PaperSummary & { day: FeedDay };

/** A week or month shows its best papers, as Hugging Face's views do: a month holds ~500. */
export const PERIOD_LIST_LIMIT = 100;
/** A day is shown whole; this only bounds a day an importer filled by mistake. */
const DAY_LIST_LIMIT = 500;

type ListingOrder = Record<string, unknown>[];

/** Ties always end on (day, rank) so that two renders of one list never disagree. */
function orderFor(sort: ListSort, kind: Period['kind']): ListingOrder {
  if (sort === 'newest') {
    // NULLS LAST explicitly: SQLite and PostgreSQL disagree on where NULLs sort by default.
    return [{ paper: { publishedAt: { sort: 'desc', nulls: 'last' } } }, { day: 'desc' }, { rank: 'asc' }];
  }
  if (sort === 'upvotes' || kind !== 'day') return [{ paper: { upvotes: 'desc' } }, { day: 'desc' }, { rank: 'asc' }];
  return [{ rank: 'asc' }, { paperId: 'asc' }];
}

function categoryFilter(category: string | null) {
  return category ? { paper: { categories: { some: { code: category } } } } : {};
}

/** The papers listed in a period, ordered and filtered as the reader chose. */
export async function listPapersInPeriod(period: Period, options: ListOptions): Promise<ListedPaper[]> {
  const listings = await db.listing.findMany({
    where: { day: { gte: period.start, lte: period.end }, ...categoryFilter(options.category) },
    orderBy: orderFor(options.sort, period.kind) as never,
    take: period.kind === 'day' ? DAY_LIST_LIMIT : PERIOD_LIST_LIMIT,
    select: { day: true, rank: true, paper: { select: SUMMARY_SELECT } },
  });
  return (await summarize(listings)).map((paper) => ({ ...paper, day: paper.day as FeedDay }));
}

export interface CategoryCount {
  code: string;
  count: number;
}

/**
 * The categories of a period's papers, most frequent first: the choices of the filter. Starts
 * from the period's listings (the (day, rank) index) and counts their categories by primary
 * key; a join from the category table would read every category row in the catalogue.
 */
export async function listCategoryCounts(period: Period, limit = 12): Promise<CategoryCount[]> {
  const listed = await db.listing.findMany({ where: { day: { gte: period.start, lte: period.end } }, select: { paperId: true } });
  if (listed.length === 0) return [];
  const rows = await db.paperCategory.groupBy({
    by: ['code'],
    where: { paperId: { in: listed.map((listing) => listing.paperId) } },
    _count: { paperId: true },
    orderBy: [{ _count: { paperId: 'desc' } }, { code: 'asc' }],
    take: limit,
  });
  return rows.map((row) => ({ code: row.code, count: row._count.paperId }));
}

/** What a list page shows: the papers, and the categories its filter offers. */
export async function loadPeriodList(period: Period, options: ListOptions): Promise<{ papers: ListedPaper[]; categories: CategoryCount[] }> {
  const [papers, categories] = await Promise.all([listPapersInPeriod(period, options), listCategoryCounts(period)]);
  return { papers, categories };
}
