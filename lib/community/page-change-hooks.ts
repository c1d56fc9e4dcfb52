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
