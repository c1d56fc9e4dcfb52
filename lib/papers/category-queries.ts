import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import { DAY_LIST_LIMIT, listPaperSummaries } from './list-queries';
import type { PaperSummary } from './types';

/** Days per page of a category's archive: a week of weekdays. */
export const CATEGORY_DAYS_PER_PAGE = 5;

export interface CategoryDay {
  day: FeedDay;
  papers: PaperSummary[];
}

export interface CategoryPage {
  days: CategoryDay[];
  hasMore: boolean;
}

/**
 * One page of a category's archive, newest day first. Days are found with GROUP BY in the
 * database (not Prisma's in-memory `distinct`), so a category with years of papers stays cheap;
 * the papers of those days are then the one list query over the days they span (no day between
 * them has papers in the category, or it would be one of them).
 */
export async function listCategoryPage(code: string, page: number): Promise<CategoryPage> {
  const groups = await db.listing.groupBy({
    by: ['day'],
    where: { paper: { categories: { some: { code } } }, hiddenAt: null },
    orderBy: { day: 'desc' },
    skip: (page - 1) * CATEGORY_DAYS_PER_PAGE,
    take: CATEGORY_DAYS_PER_PAGE + 1,
  });
  const days = groups.slice(0, CATEGORY_DAYS_PER_PAGE).map((group) => group.day as FeedDay);
  const [newest] = days;
  const oldest = days.at(-1);
  if (!newest || !oldest) return { days: [], hasMore: false };
  const { papers } = await listPaperSummaries({
    period: null,
    days: { start: oldest, end: newest },
    category: code,
    sort: 'top',
    limit: CATEGORY_DAYS_PER_PAGE * DAY_LIST_LIMIT,
  });
  return {
    days: days.map((day) => ({ day, papers: papers.filter((paper) => paper.day === day) })),
    hasMore: groups.length > CATEGORY_DAYS_PER_PAGE,
  };
}
