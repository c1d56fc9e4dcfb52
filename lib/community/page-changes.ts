import { revalidatePath } from 'next/cache';
import { databaseProvider, db } from '@/lib/db';
import { changedPathsOfPaper, type ChangedPath, type PaperPlace } from './changed-paths';
import { instanceId, PAGE_CACHE_PURGE, PAGE_CHANGES_CHANNEL, type Purge } from './page-change-hooks';

/**
 * Targeted freshness for community writes (docs/decisions/019). A vote, a comment or a
 * submission changes a few pages: the paper's own, its day, week and month lists (every sort
 * and category variant beneath them), its category lists, the front page and the feeds. Those
 * are dropped from this instance's caches at once (so the writer sees the change on the page
 * the form sends them back to), and written to PageChange so every other instance drops them
 * too: at once on PostgreSQL (a NOTIFY nudges their listeners), within PAGE_CHANGES_POLL_MS
 * otherwise (scripts/serve.ts; docs/decisions/026). The rest of the cache stays warm.
 */

export { changedPathsOfPaper, type ChangedPath, type PaperPlace } from './changed-paths';

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
    // `/api/daily_papers?date=…` names page-cache entries only: route handlers that read their
    // query have no ISR copy.
    if (path.includes('?')) continue;
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
  // After the commit above, so a listener that reads at once finds the rows. A nudge that fails
  // is not the writer's error: the others' safety poll reads the rows anyway.
  if (databaseProvider() === 'postgresql') {
    await db.$executeRaw`SELECT pg_notify(${PAGE_CHANGES_CHANNEL}, ${origin})`.catch((error: unknown) =>
      console.error('page changes: NOTIFY failed:', error instanceof Error ? error.message : error),
    );
  }
}

export async function paperChanged(paperId: number): Promise<void> {
  const place = await paperPlace(paperId);
  if (place) await pagesChanged(changedPathsOfPaper(place));
}
