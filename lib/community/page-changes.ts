import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { parseCalendarDate } from '@/lib/dates/feed-day';
import { monthPeriodOf, weekPeriodOf } from '@/lib/dates/period';
import { categoryPath, dayPath, periodPath } from '@/lib/papers/feed-paths';
import { LIST_SORTS } from '@/lib/papers/list-options';
import { paperPath } from '@/lib/papers/paper-ref';
import { instanceId, PAGE_CACHE_PURGE, type Purge } from './page-change-hooks';

/**
 * Targeted freshness for community writes (docs/decisions/019). A vote, a comment or a
 * submission changes a few pages: the paper's own, its day, week and month lists (every sort
 * and category variant beneath them), its category lists, the front page and the feeds. Those
 * are dropped from this instance's caches at once (so the writer sees the change on the page
 * the form sends them back to), and written to PageChange so every other instance drops them
 * too within PAGE_CHANGES_POLL_MS (scripts/serve.ts). The rest of the cache stays warm.
 */

/**
 * A page's path. Next drops exactly that page (its ISR copy is tagged with its own pathname);
 * the page cache drops the page and every URL beneath it (its keys are public URLs, so
 * /papers/date/D also drops /papers/date/D?sort=trending).
 */
export type ChangedPath = string;

/** Category archive pages whose copies a change drops: newer papers are on the first ones. */
const CATEGORY_PAGES_DROPPED = 3;

export interface PaperPlace {
  slug: string;
  /** The listing day, if listed. */
  day: string | null;
  categories: string[];
}

export function changedPathsOfPaper(paper: PaperPlace): ChangedPath[] {
  // Not '/papers': it only redirects to '/'.
  const paths = new Set<ChangedPath>(['/', '/feed.xml', '/atom.xml', '/api/daily_papers', paperPath(paper.slug), `/api${paperPath(paper.slug)}`]);
  const day = paper.day ? parseCalendarDate(paper.day) : null;
  if (day) {
    for (const list of [dayPath(day), periodPath(weekPeriodOf(day)), periodPath(monthPeriodOf(day))]) {
      paths.add(list);
      // Each ?sort=&category= choice is its own cached page (decision 006); a filter by a
      // category the paper lacks does not show it.
      for (const sort of LIST_SORTS) for (const category of ['all', ...paper.categories]) paths.add(`${list}/view/${sort}/${category}`);
    }
  }
  for (const code of paper.categories) {
    for (let page = 1; page <= CATEGORY_PAGES_DROPPED; page += 1) paths.add(categoryPath(code, page));
    paths.add(`${categoryPath(code)}/feed.xml`);
  }
  return [...paths];
}

export async function paperPlace(paperId: number): Promise<PaperPlace | null> {
  const paper = await db.paper.findUnique({
    where: { id: paperId },
    select: { slug: true, listing: { select: { day: true } }, categories: { select: { code: true } } },
  });
  return paper ? { slug: paper.slug, day: paper.listing?.day ?? null, categories: paper.categories.map((c) => c.code) } : null;
}

export { instanceId, PAGE_CACHE_PURGE } from './page-change-hooks';

/** Applies changed paths to this process's caches: Next's rendered copies and the page cache. */
export function dropCachedPages(paths: ChangedPath[]): void {
  for (const path of paths) {
    try {
      // The page itself: Next tags each rendered page with its pathname. (With 'layout' the
      // tag would be `<path>/layout`, which only a route's own pattern carries: it would drop
      // nothing, or with the pattern, every day at once.)
      revalidatePath(path);
    } catch {
      // Outside a request (a CLI, a unit test) there is no Next cache to drop.
    }
  }
  (globalThis as Record<symbol, Purge | undefined>)[PAGE_CACHE_PURGE]?.(paths);
}

/** After a community write: drop the pages here, and tell the other instances. */
export async function pagesChanged(paths: ChangedPath[]): Promise<void> {
  if (paths.length === 0) return;
  dropCachedPages(paths);
  const origin = instanceId();
  await db.pageChange.createMany({ data: paths.map((path) => ({ path, origin })) });
}

export async function paperChanged(paperId: number): Promise<void> {
  const place = await paperPlace(paperId);
  if (place) await pagesChanged(changedPathsOfPaper(place));
}
