import type { OutgoingHttpHeaders } from 'node:http';
import { LRUCache } from 'lru-cache';

export interface CachedPage {
  status: number;
  /** The response's headers, without the per-message ones (length, encoding, date, …). */
  headers: OutgoingHttpHeaders;
  /**
   * The body as the app rendered it, and its compressed copies: each made once, when a client
   * first asks for that coding (null until then, or when not worth it: `compressible`).
   */
  identity: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  compressible?: boolean;
  etag: string;
  storedAt: number;
  expiresAt: number;
}

/**
 * Rendered responses by URL (the key from cache-key.ts), least recently used first out once
 * `maxBytes` is reached. Reads are a Map lookup: a hit costs no rendering, no database query
 * and no compression.
 */
export class PageCache {
  private readonly pages: LRUCache<string, CachedPage>;
  private drops = 0;

  constructor(maxBytes: number) {
    this.pages = new LRUCache<string, CachedPage>({
      maxSize: maxBytes,
      // One huge response must not flush everything else.
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (page, key) => entryBytes(key, page),
    });
  }

  get(key: string, now: number): CachedPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    if (page.expiresAt <= now) {
      this.pages.delete(key);
      return null;
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    this.pages.set(key, page);
  }

  delete(key: string): void {
    this.pages.delete(key);
  }

  clear(): void {
    this.drops += 1;
    this.pages.clear();
  }

  /**
   * How many drops (purgePaths, clear) there have been. A render that began before a drop may
   * have read the data from before the change it stands for: its page is sent, not stored
   * (cached-handler.ts compares this before and after).
   */
  get dropCount(): number {
    return this.drops;
  }

  /**
   * Drops the pages at these paths and beneath them (`/papers/date/D` also drops
   * `/papers/date/D?sort=trending` and `/papers/date/D/view/…`); the rest stay. `/` is the
   * front page alone, not the whole site. A path with a query names only the entries at that
   * path whose query has those values, an empty value meaning "absent":
   * `/api/daily_papers?date=D` drops that day's answers (any `limit`, `p`, `sort`), and
   * `/api/daily_papers?date=&week=&month=` the answers for the latest day. Returns how many
   * entries went.
   */
  purgePaths(paths: readonly string[]): number {
    this.drops += 1;
    const exact = new Set<string>();
    const prefixes: string[] = [];
    const queries: { path: string; params: [string, string][] }[] = [];
    for (const path of paths) {
      const queryAt = path.indexOf('?');
      if (queryAt >= 0) queries.push({ path: path.slice(0, queryAt), params: [...new URLSearchParams(path.slice(queryAt + 1))] });
      else {
        exact.add(path);
        if (path !== '/') prefixes.push(path.replace(/\/+$/, ''));
      }
    }
    let dropped = 0;
    for (const key of [...this.pages.keys()]) {
      const queryAt = key.indexOf('?');
      const path = queryAt < 0 ? key : key.slice(0, queryAt);
      const matches =
        exact.has(path) ||
        prefixes.some((prefix) => path.startsWith(`${prefix}/`) || path === prefix) ||
        queries.some((query) => query.path === path && matchesQuery(queryAt < 0 ? '' : key.slice(queryAt + 1), query.params));
      if (matches) {
        this.pages.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.pages.size, bytes: this.pages.calculatedSize };
  }
}

function matchesQuery(query: string, wanted: [string, string][]): boolean {
  const params = new URLSearchParams(query);
  return wanted.every(([name, value]) => (value === '' ? !params.has(name) : params.get(name) === value));
}

// What an entry costs besides its strings and bytes: the page object, its Buffers and their
// backing-store records, the LRU's slots, each string's own header. Generous on purpose: 100k
// tiny pages with the usual ten headers took ~1.5 KB each of heap and are counted ~2.5 KB
// (node --expose-gc, heapUsed + external), so the cache never holds more than its budget.
const ENTRY_OVERHEAD = 1024;
const HEADER_OVERHEAD = 48;

/** The memory an entry holds: key, headers, every copy of the body, and the objects around them. */
export function entryBytes(key: string, page: CachedPage): number {
  let bytes = ENTRY_OVERHEAD + key.length + page.etag.length;
  for (const [name, value] of Object.entries(page.headers)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    bytes += HEADER_OVERHEAD + name.length;
    for (const item of values) bytes += HEADER_OVERHEAD + String(item ?? '').length;
  }
  return bytes + page.identity.length + (page.gzip?.length ?? 0) + (page.br?.length ?? 0);
}
