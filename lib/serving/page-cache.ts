import type { OutgoingHttpHeaders } from 'node:http';

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
 * Rendered responses by URL, least recently used first out once `maxBytes` is reached. Reads
 * are a Map lookup: a hit costs no rendering, no database query and no compression.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, now: number): CachedPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    this.pages.delete(key);
    if (page.expiresAt <= now) {
      this.bytes -= sizeOf(page);
      return null;
    }
    this.pages.set(key, page); // most recently used last
    return page;
  }

  set(key: string, page: CachedPage): void {
    const size = sizeOf(page);
    if (size > this.maxBytes / 4) return; // one huge response must not flush everything else
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldest, entry] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= sizeOf(entry);
    }
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(page);
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.pages.size, bytes: this.bytes };
  }
}

function sizeOf(page: CachedPage): number {
  return page.identity.length + (page.gzip?.length ?? 0) + (page.br?.length ?? 0) + 512;
}
