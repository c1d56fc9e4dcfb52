import { LRUCache } from 'lru-cache';

/**
 * Next's cache of rendered pages (ISR), in this process's memory, with tag expiry decided by
 * order instead of by clock (docs/decisions/030).
 *
 * Why not Next's own handler: it stamps a revalidated tag with `Date.now()` but asks whether
 * that moment has passed with `performance.timeOrigin + performance.now()`. Those two clocks
 * drift apart on a running machine (80 µs a second measured here, the wall clock ahead), so for
 * as long as they disagree, a page a vote had just revalidated still counted as fresh: Next
 * served the old count to the voter, and the page cache in front of it kept that copy until
 * the next change. The same happened to a render that began before a write and finished after
 * it: stored later, it looked newer than the write.
 *
 * Here a write (revalidateTag) takes the next number from a counter. A render is stamped with
 * the counter's value when it began (its lookup missed, or found a copy due for renewal), before
 * it read any data; an entry with a tag revalidated after its stamp is gone. No clock is compared.
 *
 * Loaded by Next at run time (next.config.mjs `cacheHandler`), hence plain JavaScript. Next
 * makes a handler per request: the state lives in the module, one per process.
 */

/** Increases with every revalidation; entries and tags are stamped with it. */
let counter = 0;
/**
 * tag → the counter when it was last revalidated. Bounded (every paper's page has its own tag);
 * when a tag is pushed out, every entry stamped before its revalidation counts as expired.
 */
let forgottenUpTo = -1;
const revalidatedAt = new LRUCache({
  max: 100_000,
  dispose: (at, _tag, reason) => {
    if (reason === 'evict') forgottenUpTo = Math.max(forgottenUpTo, at);
  },
});
/**
 * key → the counter when a render of it began (a lookup missed, or found a copy due for
 * renewal): that render read its data after this.
 * Bounded: a render that is never stored (an error, an uncacheable answer) leaves its stamp
 * behind, and hostile URLs under dynamic routes are unbounded.
 */
const renderFrom = new LRUCache({ max: 10_000 });
/** @type {LRUCache<string, { value: unknown, lastModified: number, cacheControl: unknown, stamp: number }> | null} */
let entries = null;

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export default class RenderCacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} options */
  constructor(options = {}) {
    const maxBytes = Math.max(1, options.maxMemoryCacheSize || DEFAULT_MAX_BYTES);
    entries ??= new LRUCache({
      maxSize: maxBytes,
      // One huge page must not flush everything else.
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (entry, key) => key.length + valueBytes(entry.value),
    });
  }

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} [context] */
  async get(key, context = {}) {
    const entry = entries.get(key);
    if (entry && !isRevalidatedSince(tagsOf(entry.value, context), entry.stamp)) {
      // Past its revalidate time, Next serves this copy and renders anew behind it: that
      // render reads its data from now on, like one after a miss.
      if (isPastRevalidate(entry) && !renderFrom.has(key)) renderFrom.set(key, counter);
      return entry;
    }
    if (entry) entries.delete(key);
    if (!renderFrom.has(key)) renderFrom.set(key, counter);
    return null;
  }

  /** @param {string} key @param {unknown} value @param {{ cacheControl?: unknown, fetchCache?: boolean }} [context] */
  async set(key, value, context = {}) {
    // When the oldest render since the last store began: the data it read is at least that
    // old. A store with no recorded start (a build's) is as new as now.
    const stamp = renderFrom.get(key) ?? counter;
    renderFrom.delete(key);
    // A null value is kept too, as Next's own handler keeps it: it means "rendered, nothing here".
    entries.set(key, { value: value ?? null, lastModified: Date.now(), cacheControl: context.fetchCache ? undefined : context.cacheControl, stamp });
  }

  /**
   * revalidatePath and revalidateTag. Every form of it expires at once here: this site calls
   * it only after a write, whose writer must see the result on the next page.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    counter += 1;
    for (const tag of typeof tags === 'string' ? [tags] : tags) revalidatedAt.set(tag, counter);
  }

  resetRequestCache() {}
}

/** @param {string[]} tags @param {number} stamp */
function isRevalidatedSince(tags, stamp) {
  return forgottenUpTo > stamp || tags.some((tag) => (revalidatedAt.get(tag) ?? -1) > stamp);
}

function isPastRevalidate(entry) {
  const seconds = entry.cacheControl?.revalidate;
  return typeof seconds === 'number' && Date.now() - entry.lastModified > seconds * 1000;
}

/** A page's tags (its path and layouts, as Next writes them in the stored headers) and a fetch's. */
function tagsOf(value, context) {
  const header = value && typeof value === 'object' && 'headers' in value ? value.headers?.['x-next-cache-tags'] : undefined;
  return [...(typeof header === 'string' ? header.split(',') : []), ...(context.tags ?? []), ...(context.softTags ?? [])];
}

/** Roughly what an entry holds, counted as Next's own memory cache counts it. */
function valueBytes(value) {
  if (!value || typeof value !== 'object') return 25;
  let bytes = 0;
  for (const part of [value.html, value.rscData, value.body, value.postponed]) {
    if (typeof part === 'string' || Buffer.isBuffer(part)) bytes += part.length;
  }
  if (value.segmentData instanceof Map) for (const [path, buffer] of value.segmentData) bytes += path.length + (buffer?.length ?? 0);
  if (value.kind === 'FETCH' || value.kind === 'REDIRECT') bytes += JSON.stringify(value.data ?? value.props ?? '').length;
  return Math.max(1, bytes);
}
