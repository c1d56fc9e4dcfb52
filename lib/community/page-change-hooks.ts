import { randomUUID } from 'node:crypto';

/**
 * What the production server (scripts/serve.ts) and the app's own code (Next's bundled copy of
 * lib/community/page-changes.ts) share in one process, through globalThis: two copies of a
 * module, one process. Free of Next imports, so the server can load it before Next.
 */

// One id per process: an instance skips the PageChange rows it wrote itself (it applied them already).
const INSTANCE = Symbol.for('daily-papers.instance-id');
export function instanceId(): string {
  const store = globalThis as Record<symbol, string | undefined>;
  store[INSTANCE] ??= randomUUID();
  return store[INSTANCE];
}

/** Set by the production server: drops page-cache entries at or beneath these paths. */
export const PAGE_CACHE_PURGE = Symbol.for('daily-papers.page-cache-purge');
export type Purge = (paths: string[]) => void;

export function setPageCachePurge(purge: Purge | undefined): void {
  (globalThis as Record<symbol, Purge | undefined>)[PAGE_CACHE_PURGE] = purge;
}

/**
 * The PostgreSQL channel instances LISTEN on (lib/community/page-change-listener.ts). Every
 * writer of PageChange rows sends `SELECT pg_notify(PAGE_CHANGES_CHANNEL, <its instance id>)`
 * once they are committed; the payload only lets an instance ignore its own nudges.
 */
export const PAGE_CHANGES_CHANNEL = 'daily_papers_page_changes';
export const NOTIFY_PAGE_CHANGES_SQL = 'SELECT pg_notify($1, $2)';

/** The paths a PageChange row may carry to mean "every page" (an import too large to list). */
export const EVERY_PAGE = '*';
