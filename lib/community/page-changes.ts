import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { parseCalendarDate } from '@/lib/dates/feed-day';
import { monthPeriodOf, weekPeriodOf } from '@/lib/dates/period';
import { categoryPath, dayPath, periodPath } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';

/**
 * Targeted freshness for community writes (docs/decisions/019). A vote, a comment or a
 * submission changes a few pages: the paper's own, its day, week and month lists (every sort
 * and category variant beneath them), its category lists, the front page and the feeds. Those
 * are dropped from this instance's caches at once (so the writer sees the change on the page
 * the form sends them back to), and written to PageChange so every other instance drops them
 * too within PAGE_CHANGES_POLL_MS (scripts/serve.ts). The rest of the cache stays warm.
 */

/** A path prefix: the page itself and everything beneath it (/papers/date/D covers ?sort= variants). */
export type ChangedPath = string;

export interface PaperPlace {
  slug: string;
  /** The listing day, if listed. */
  day: string | null;
  categories: string[];
}

export function changedPathsOfPaper(paper: PaperPlace): ChangedPath[] {
  const paths = new Set<ChangedPath>(['/', '/papers', '/feed.xml', '/atom.xml', '/api/daily_papers', paperPath(paper.slug)]);
  const day = paper.day ? parseCalendarDate(paper.day) : null;
  if (day) {
    paths.add(dayPath(day));
    paths.add(periodPath(weekPeriodOf(day)));
    paths.add(periodPath(monthPeriodOf(day)));
  }
  for (const code of paper.categories) paths.add(categoryPath(code));
  return [...paths];
}

export async function paperPlace(paperId: number): Promise<PaperPlace | null> {
  const paper = await db.paper.findUnique({
    where: { id: paperId },
    select: { slug: true, listing: { select: { day: true } }, categories: { select: { code: true } } },
  });
  return paper ? { slug: paper.slug, day: paper.listing?.day ?? null, categories: paper.categories.map((c) => c.code) } : null;
}

// One id per process: an instance skips the rows it wrote itself (it applied them already).
const INSTANCE = Symbol.for('daily-papers.instance-id');
export function instanceId(): string {
  const store = globalThis as Record<symbol, string | undefined>;
  store[INSTANCE] ??= randomUUID();
  return store[INSTANCE];
}

/** Set by the production server (scripts/serve.ts): drops page-cache entries under these paths. */
export const PAGE_CACHE_PURGE = Symbol.for('daily-papers.page-cache-purge');
type Purge = (paths: ChangedPath[]) => void;

/** Applies changed paths to this process's caches: Next's rendered copies and the page cache. */
export function dropCachedPages(paths: ChangedPath[]): void {
  for (const path of paths) {
    try {
      // 'layout' covers every page beneath (the list variants); the front page alone is 'page',
      // since '/' as a layout would be every page of the site.
      revalidatePath(path, path === '/' ? 'page' : 'layout');
      // A page of a dynamic route (/u/[name], /papers/[...id]) is tagged with its own pathname,
      // not with `<pathname>/layout` (next/dist/server/lib/implicit-tags.js): drop it by name too.
      if (path !== '/') revalidatePath(path);
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
