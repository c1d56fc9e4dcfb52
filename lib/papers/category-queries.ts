import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import { SUMMARY_SELECT, summarize } from './queries';
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

function inCategory(code: string) {
  return { paper: { categories: { some: { code } } } };
}

/**
 * One page of a category's archive, newest day first. Days are found with GROUP BY in the
 * database (not Prisma's in-memory `distinct`), so a category with years of papers stays cheap.
 */
export async function listCategoryPage(code: string, page: number): Promise<CategoryPage> {
  const groups = await db.listing.groupBy({
    by: ['day'],
    where: inCategory(code),
    orderBy: { day: 'desc' },
    skip: (page - 1) * CATEGORY_DAYS_PER_PAGE,
    take: CATEGORY_DAYS_PER_PAGE + 1,
  });
  const days = groups.slice(0, CATEGORY_DAYS_PER_PAGE).map((group) => group.day);
  if (days.length === 0) return { days: [], hasMore: false };
  const listings = await db.listing.findMany({
    where: { day: { in: days }, ...inCategory(code) },
    orderBy: [{ day: 'desc' }, { rank: 'asc' }],
    select: { day: true, rank: true, paper: { select: SUMMARY_SELECT } },
  });
  const papers = await summarize(listings);
  return {
    days: days.map((day) => ({
      day: day as FeedDay,
      papers: papers.filter((paper) => paper.day === day).map(({ day: _day, ...paper }) => paper),
    })),
    hasMore: groups.length > CATEGORY_DAYS_PER_PAGE,
  };
}
