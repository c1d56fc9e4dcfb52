import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { constants } from 'node:zlib';
import { normalisedCacheKey } from './cache-key';

// Next answers a URL with a different body (an RSC payload) when the client router asks with
// these headers, and says so in `Vary`; requests carrying them are never served from the cache.
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
const VARY_WE_HANDLE = new Set([...ROUTER_HEADERS, 'accept-encoding']);

/**
 * Set by POST /api/revalidate on its answer: `paths` when it dropped only some pages (which it
 * did itself, through the page-cache purge hook), `all` when everything is to go.
 */
export const REVALIDATED_SCOPE_HEADER = 'x-revalidated';

/** The cache key of a request that may be answered from the page cache, or null. */
export function pageCacheKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  // Partial and credentialed requests are rare here and not worth a second copy.
  if (headers.range !== undefined || headers.authorization !== undefined) return null;
  return normalisedCacheKey(url);
}

/**
 * How many seconds a shared cache may reuse this response, by the rules a CDN applies to it:
 * `s-maxage`, else `max-age` when `public`; never a non-200, a `Set-Cookie`, `private`,
 * `no-store`/`no-cache`, a `Vary` on anything but the router headers, or a page Next itself
 * served stale while it renders a fresh one (the fresh one is cached on a later request).
 */
export function sharedFreshness(status: number, headers: OutgoingHttpHeaders): number {
  if (status !== 200 || headers['set-cookie'] !== undefined) return 0;
  const cacheControl = headerText(headers['cache-control']).toLowerCase();
  if (/\b(private|no-store|no-cache)\b/.test(cacheControl)) return 0;
  if (headerText(headers['x-nextjs-cache']).toUpperCase() === 'STALE') return 0;
  const vary = headerText(headers.vary).toLowerCase().split(',').map((name) => name.trim()).filter(Boolean);
  if (vary.some((name) => !VARY_WE_HANDLE.has(name))) return 0;
  const seconds = /\bs-maxage=(\d+)/.exec(cacheControl) ?? (/\bpublic\b/.test(cacheControl) ? /\bmax-age=(\d+)/.exec(cacheControl) : null);
  return seconds ? Number(seconds[1]) : 0;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/i;

/** Worth compressing: text of at least a kilobyte (smaller bodies grow or gain nothing). */
export function isCompressible(contentType: unknown, bytes: number): boolean {
  return bytes >= 1024 && COMPRESSIBLE.test(headerText(contentType));
}

export type ContentCoding = 'br' | 'gzip';

// Brotli at quality 6 costs about what gzip -6 does (~2 ms for a 150 KB list page here) and
// is ~40% smaller: its window spans the whole page, so it also finds the text that the RSC
// payload repeats, which is further back than gzip's 32 KB can see.
export const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };

/**
 * The coding to answer with: brotli when the client takes it (browsers offer it over HTTPS and
 * on localhost), else gzip, else none. A coding refused with `;q=0` is never sent, even when
 * `*` accepts "anything else"; other q-values are not weighed (brotli is smaller, so it wins).
 */
export function preferredCoding(headers: IncomingHttpHeaders): ContentCoding | null {
  const accept = headerText(headers['accept-encoding']).toLowerCase();
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of accept.split(',')) {
    const [coding = '', ...params] = part.trim().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean);
    (q === undefined || Number(q) > 0 ? accepted : refused).add(coding.trim());
  }
  const takes = (coding: ContentCoding) => !refused.has(coding) && (accepted.has(coding) || accepted.has('*'));
  if (takes('br')) return 'br';
  return takes('gzip') ? 'gzip' : null;
}

export function headerText(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined || value === null ? '' : String(value);
}
