import { parseCalendarDate, type FeedDay } from '@/lib/dates/feed-day';
import { monthPeriodOf, weekPeriodOf } from '@/lib/dates/period';
import { categoryPath, dayPath, periodPath } from '@/lib/papers/feed-paths';
import { LIST_SORTS } from '@/lib/papers/list-options';
import { paperPath } from '@/lib/papers/paper-ref';

/**
 * Which cached pages show a paper (docs/decisions/019, 026). Pure, free of Next and Prisma, so
 * the app (votes, comments) and the import command (no Prisma client: its memory budget) share it.
 *
 * A path names a page. Next drops exactly that page (its ISR copy is tagged with its own
 * pathname); the page cache drops the page and every URL beneath it (its keys are public URLs,
 * so /papers/date/D also drops /papers/date/D?sort=trending). A path with a query names only
 * page-cache entries with those values (lib/serving/page-cache.ts: an empty value is "absent").
 */
export type ChangedPath = string;

/** Category archive pages whose copies a change drops: newer papers are on the first ones. */
export const CATEGORY_PAGES_DROPPED = 3;

export interface PaperPlace {
  slug: string;
  /** The listing day, if listed. */
  day: string | null;
  categories: string[];
}

/** The pages that always show the newest papers: the front page and the site's feeds. */
export const FRONT_PATHS: readonly ChangedPath[] = ['/', '/feed.xml', '/atom.xml'];

/**
 * The API's answers for the latest day (no date, week or month given): whichever day a change
 * is on may be the latest one.
 */
export const LATEST_API_PATH: ChangedPath = '/api/daily_papers?date=&week=&month=';

export function changedPathsOfPaper(paper: PaperPlace): ChangedPath[] {
  // Not '/papers': it only redirects to '/'.
  const paths = new Set<ChangedPath>([...FRONT_PATHS, LATEST_API_PATH, paperPath(paper.slug), `/api${paperPath(paper.slug)}`]);
  const day = paper.day ? parseCalendarDate(paper.day) : null;
  if (day) for (const path of listPathsOfDay(day, paper.categories)) paths.add(path);
  for (const path of categoryPathsOf(paper.categories)) paths.add(path);
  return [...paths];
}

/**
 * A day's lists, and its week's and month's: each with every ?sort=&category= choice (a cached
 * page of its own, decision 006) for 'all' and the categories given (a filter by a category
 * the change lacks does not show it), and the API's answers for each.
 */
export function listPathsOfDay(day: FeedDay, categories: Iterable<string>): ChangedPath[] {
  const paths: ChangedPath[] = [];
  const codes = ['all', ...new Set(categories)];
  const week = weekPeriodOf(day);
  const month = monthPeriodOf(day);
  for (const list of [dayPath(day), periodPath(week), periodPath(month)]) {
    paths.push(list);
    for (const sort of LIST_SORTS) for (const code of codes) paths.push(`${list}/view/${sort}/${code}`);
  }
  paths.push(`/api/daily_papers?date=${day}`, `/api/daily_papers?week=${week.key}`, `/api/daily_papers?month=${month.key}`);
  return paths;
}

/** Only the day page itself and its variants (a neighbouring day whose "next day" link changed). */
export function dayPagePaths(day: FeedDay, categories: Iterable<string>): ChangedPath[] {
  const list = dayPath(day);
  const codes = ['all', ...new Set(categories)];
  return [list, ...LIST_SORTS.flatMap((sort) => codes.map((code) => `${list}/view/${sort}/${code}`))];
}

export function categoryPathsOf(categories: Iterable<string>): ChangedPath[] {
  const paths: ChangedPath[] = [];
  for (const code of new Set(categories)) {
    for (let page = 1; page <= CATEGORY_PAGES_DROPPED; page += 1) paths.push(categoryPath(code, page));
    paths.push(`${categoryPath(code)}/feed.xml`);
  }
  return paths;
}
