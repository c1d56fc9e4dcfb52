import type { OutgoingHttpHeaders } from 'node:http';
import { LRUCache } from 'lru-cache';

export interface CachedPage {
  status: number;
  /** The response's headers, without the per-message ones (length, encoding, date, …). */
  headers: OutgoingHttpHeaders;
  /** The body as the app rendered it, and compressed once each way (null when not worth it). */
  identity: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
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
    this.pages.clear();
  }

  /**
   * Drops the pages at these paths and beneath them (`/papers/date/D` also drops
   * `/papers/date/D?sort=trending` and `/papers/date/D/view/…`); the rest stay. `/` is the
   * front page alone, not the whole site. Returns how many entries went.
   */
  purgePaths(paths: readonly string[]): number {
    const exact = new Set(paths);
    const prefixes = paths.filter((path) => path !== '/').map((path) => path.replace(/\/+$/, ''));
    let dropped = 0;
    for (const key of [...this.pages.keys()]) {
      const path = key.split('?', 1)[0] ?? key;
      if (exact.has(path) || prefixes.some((prefix) => path.startsWith(`${prefix}/`) || path === prefix)) {
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
