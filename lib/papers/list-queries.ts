import { db } from '@/lib/db';
import { todayUtc, type FeedDay } from '@/lib/dates/feed-day';
import type { Period } from '@/lib/dates/period';
import type { Prisma } from '@/lib/generated/prisma-sqlite/client';
import type { ListOptions, ListSort } from './list-options';
import { DETAIL_SELECT, LISTING_SELECT, SUMMARY_SELECT, toDetail, toListing, toSummaries } from './shapes';
import type { CategoryCount, ListedPaperDetail, PaperSummary } from './types';

/**
 * The one list of papers. Every list the site shows or serves (the day, week and month pages and
 * their sorts and filters, a category's archive, the home page, the JSON API, the RSS and Atom
 * feeds, the digest) is a PaperListQuery run by listPaperSummaries or listPaperDetails: one
 * filter, one order and one paging, in two shapes. When a list looks wrong, this is the place.
 */

/** A week or month shows its best papers, as Hugging Face's views do: a month holds ~500. */
export const PERIOD_LIST_LIMIT = 100;
/** A day is shown whole; this only bounds a day an importer filled by mistake. */
export const DAY_LIST_LIMIT = 500;

/** Which listings: a period's, or (no period) the latest ones, newest day first. */
export type ListScope =
  | { period: Period; days?: undefined }
  | {
      period: null;
      /** The days to look in; by default every day up to today (UTC): an importer may have queued tomorrow's list. */
      days?: { start: FeedDay; end: FeedDay };
    };

export type PaperListQuery = ListScope & {
  sort: ListSort;
  /** Only papers with this arXiv category (primary or cross-listed). */
  category?: string | null;
  /** Only papers submitted by this name (the API's `submitter`). */
  submitter?: string | null;
  limit: number;
  offset?: number;
  /** What "today" is for a list without period or days. */
  now?: Date;
};

export interface PaperList<T> {
  papers: T[];
  /** Whether a page follows: the query reads one row more than it returns. */
  hasMore: boolean;
}

type ListingOrder = Prisma.ListingOrderByWithRelationInput[];

/** Ties always end on (day, rank), so two renders of one list never disagree. */
const LATEST_FIRST: ListingOrder = [{ day: 'desc' }, { rank: 'asc' }];
/** A day's own order; the paper id only settles ranks an importer wrote twice. */
const DAY_RANK: ListingOrder = [{ rank: 'asc' }, { paperId: 'asc' }];
const MOST_UPVOTED: ListingOrder = [{ paper: { upvotes: 'desc' } }, ...LATEST_FIRST];
/**
 * Decayed activity first (Paper.trendingScore is stored so that ordering by it is the decayed
 * order at any moment: lib/community/trending.ts), then the raw count, then each day's rank
 * (papers nobody voted on keep the editors' order; in a week, every day's first ones first).
 */
const TRENDING: ListingOrder = [{ paper: { trendingScore: 'desc' } }, { paper: { upvotes: 'desc' } }, { rank: 'asc' }, { day: 'desc' }, { paperId: 'asc' }];

/**
 * Each sort's order. `top` is the list's own order: a day's rank; a week's or month's most
 * upvoted (as Hugging Face's weekly and monthly views); without a period, the latest day first.
 * A new sort is added to LIST_SORTS and given its order here; this Record makes the type
 * checker point at this line until it is.
 */
const ORDER_BY_SORT: Record<ListSort, (period: Period | null) => ListingOrder> = {
  top: (period) => (period === null ? LATEST_FIRST : period.kind === 'day' ? DAY_RANK : MOST_UPVOTED),
  // NULLS LAST explicitly: SQLite and PostgreSQL disagree on where NULLs sort by default.
  newest: () => [{ paper: { publishedAt: { sort: 'desc', nulls: 'last' } } }, ...LATEST_FIRST],
  upvotes: () => MOST_UPVOTED,
  trending: () => TRENDING,
};

function listWhere(query: PaperListQuery): Prisma.ListingWhereInput {
  const days = query.period ?? query.days ?? { start: undefined, end: todayUtc(query.now) };
  return {
    day: { gte: days.start, lte: days.end },
    // A submission a moderator hid leaves every list (lib/moderation, docs/decisions/022).
    hiddenAt: null,
    ...(query.category ? { paper: { categories: { some: { code: query.category } } } } : {}),
    ...(query.submitter ? { submittedBy: query.submitter } : {}),
  };
}

function listArgs(query: PaperListQuery) {
  return {
    where: listWhere(query),
    orderBy: ORDER_BY_SORT[query.sort](query.period),
    skip: query.offset ?? 0,
    take: query.limit + 1,
  } satisfies Prisma.ListingFindManyArgs;
}

/** A list as cards: what the list pages, the category archive and the digest show. */
export async function listPaperSummaries(query: PaperListQuery): Promise<PaperList<PaperSummary>> {
  const rows = await db.listing.findMany({ ...listArgs(query), select: { ...LISTING_SELECT, paper: { select: SUMMARY_SELECT } } });
  return { papers: await toSummaries(rows.slice(0, query.limit)), hasMore: rows.length > query.limit };
}

/** A list with every author and link: what the JSON API and the feeds serve. */
export async function listPaperDetails(query: PaperListQuery): Promise<PaperList<ListedPaperDetail>> {
  const rows = await db.listing.findMany({ ...listArgs(query), select: { ...LISTING_SELECT, paper: { select: DETAIL_SELECT } } });
  const papers = rows.slice(0, query.limit).map(({ paper, ...listing }) => ({ ...toDetail(paper, null), listing: toListing(listing) }));
  return { papers, hasMore: rows.length > query.limit };
}

/** How many papers the list holds in all, beyond any page. */
export async function countListedPapers(query: PaperListQuery): Promise<number> {
  return db.listing.count({ where: listWhere(query) });
}

/** The query a day, week or month page runs for the reader's sort and filter. */
export function pageListQuery(period: Period, options: ListOptions): PaperListQuery {
  return { period, sort: options.sort, category: options.category, limit: period.kind === 'day' ? DAY_LIST_LIMIT : PERIOD_LIST_LIMIT };
}

/**
 * The categories of a period's papers, most frequent first: the choices of the filter. Starts
 * from the period's listings (the (day, rank) index) and counts their categories by primary
 * key; a join from the category table would read every category row in the catalogue.
 */
export async function listCategoryCounts(period: Period, limit = 12): Promise<CategoryCount[]> {
  const listed = await db.listing.findMany({ where: { day: { gte: period.start, lte: period.end }, hiddenAt: null }, select: { paperId: true } });
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
export async function loadPeriodList(period: Period, options: ListOptions): Promise<{ papers: PaperSummary[]; categories: CategoryCount[] }> {
  const [{ papers }, categories] = await Promise.all([listPaperSummaries(pageListQuery(period, options)), listCategoryCounts(period)]);
  return { papers, categories };
}
