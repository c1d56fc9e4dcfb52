import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { BROTLI_OPTIONS, type ContentCoding, headerText, isCompressible, pageCacheKey, preferredCoding, REVALIDATED_SCOPE_HEADER, sharedFreshness } from './cache-policy';
import type { CachedPage, PageCache } from './page-cache';
import { captureResponse } from './capture-response';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** Headers that describe one message, not the page: recomputed for every response sent. */
// x-nextjs-cache describes Next's render of the stored copy, not this answer; the rate-limit
// fields describe one client's count (lib/serving/request-limits.ts adds them per message).
const PER_MESSAGE = ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'etag', 'age', 'x-page-cache', 'x-nextjs-cache', 'ratelimit', 'ratelimit-policy', 'retry-after'];

/**
 * Puts a shared cache in front of the app (docs/decisions/008-page-cache.md): a page the app
 * marks cacheable (`s-maxage`, as for a CDN) is rendered once, compressed once per coding a
 * client asks for (gzip, brotli; decision 025), and then served from memory until it expires
 * or the data changes (`POST /api/revalidate` empties the cache, or with a list of paths
 * drops only those). So a cached page costs no render, no query and no compression; the app's own per-request
 * compression is bypassed for every request that could be cached.
 */
export interface PageCacheOptions {
  /**
   * The longest a cache in front of the app (nginx, a CDN) may keep a page: this cache is
   * emptied when the data changes, theirs cannot be, so `s-maxage` is capped to this on the
   * way out. That bounds how long a new paper takes to show through a proxy.
   */
  proxySeconds: number;
  now?: () => number;
}

export function withPageCache(handle: RequestHandler, cache: PageCache, { proxySeconds, now = Date.now }: PageCacheOptions): RequestHandler {
  return async (request, response) => {
    const key = pageCacheKey(request.method, request.url, request.headers);
    if (key === null) {
      if (request.method === 'POST' && request.url?.split('?')[0] === '/api/revalidate') {
        response.once('finish', () => {
          // Targeted drops (a vote elsewhere) were applied by the route itself: keep the rest.
          if (response.statusCode === 200 && headerText(response.getHeader(REVALIDATED_SCOPE_HEADER)) !== 'paths') cache.clear();
        });
      }
      return handle(request, response);
    }
    const cached = cache.get(key, now());
    if (cached) return sendPage(request, response, withCoding(cache, key, cached, preferredCoding(request.headers)), 'HIT', now());
    if (request.method === 'HEAD') return handle(request, response);

    const wanted = preferredCoding(request.headers);
    const dropsBefore = cache.dropCount;
    // The app renders identity bytes; they are compressed here, once, for the cache.
    delete request.headers['accept-encoding'];
    captureResponse(response, (body) => {
      const status = response.statusCode;
      const headers = response.getHeaders();
      const storable = !headers['content-encoding'];
      const seconds = storable ? sharedFreshness(status, headers) : 0;
      // Only the way this client asked: the other coding is made when a client first asks for
      // it (withCoding). A crawler that takes gzip never costs a brotli pass (decision 025).
      const compressible = storable && isCompressible(headers['content-type'], body.length);
      const compress = (coding: ContentCoding) => compressible && coding === wanted;
      // Vary whenever another client could be sent another coding, whichever copies exist.
      const kept = compressible ? { ...headers, vary: appendVary(headers.vary, 'Accept-Encoding') } : headers;
      const page: CachedPage = {
        status,
        headers: capSharedMaxAge(withoutPerMessageHeaders(kept), proxySeconds),
        identity: body,
        gzip: compress('gzip') ? gzipSync(body) : null,
        br: compress('br') ? brotliCompressSync(body, BROTLI_OPTIONS) : null,
        compressible,
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
        storedAt: now(),
        expiresAt: 0,
      };
      // Not kept if pages were dropped while it rendered: it may show the data from before the
      // change (a vote's old count) and would stay until the next change.
      if (seconds > 0 && cache.dropCount === dropsBefore) cache.set(key, { ...page, expiresAt: page.storedAt + seconds * 1000 });
      for (const name of Object.keys(headers)) response.removeHeader(name);
      // BYPASS: a page that may never be cached (search results, token pages); MISS: stored now.
      return answer(request, { ...page, headers: storable ? page.headers : headers }, seconds > 0 ? 'MISS' : 'BYPASS', page.storedAt, wanted);
    });
    return handle(request, response);
  };
}

/** The cached page with the coding this client takes, compressed now (and kept) if it is the first to ask. */
function withCoding(cache: PageCache, key: string, page: CachedPage, wanted: ContentCoding | null): CachedPage {
  if (!wanted || !page.compressible || page[wanted]) return page;
  const body = wanted === 'br' ? brotliCompressSync(page.identity, BROTLI_OPTIONS) : gzipSync(page.identity);
  const updated = { ...page, [wanted]: body };
  cache.set(key, updated);
  return updated;
}

function sendPage(request: IncomingMessage, response: ServerResponse, page: CachedPage, state: 'HIT', at: number): void {
  const { status, headers, body } = answer(request, page, state, at, preferredCoding(request.headers));
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function answer(request: IncomingMessage, page: CachedPage, state: 'HIT' | 'MISS' | 'BYPASS', at: number, accepted: ContentCoding | null) {
  const coding = accepted && page[accepted] ? accepted : null;
  const body = (coding && page[coding]) ?? page.identity;
  // Each coding has its own tag: a client must not reuse compressed bytes as another coding.
  const etag = coding ? page.etag.replace(/"$/, `-${coding}"`) : page.etag;
  const headers: OutgoingHttpHeaders = {
    ...page.headers,
    ...(coding ? { 'content-encoding': coding } : {}),
    etag,
    age: String(Math.max(0, Math.floor((at - page.storedAt) / 1000))),
    'x-page-cache': state,
  };
  if (page.status === 200 && ifNoneMatch(request, etag)) {
    delete headers['content-encoding'];
    return { status: 304, headers, body: Buffer.alloc(0) };
  }
  return { status: page.status, headers: { ...headers, 'content-length': String(body.length) }, body };
}

function ifNoneMatch(request: IncomingMessage, etag: string): boolean {
  const header = request.headers['if-none-match'];
  return header !== undefined && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function appendVary(vary: unknown, name: string): string {
  const names = headerText(vary).split(',').map((item) => item.trim()).filter(Boolean);
  return names.some((item) => item.toLowerCase() === name.toLowerCase()) ? names.join(', ') : [...names, name].join(', ');
}

function withoutPerMessageHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!PER_MESSAGE.includes(name) && value !== undefined) kept[name] = value;
  return kept;
}

function capSharedMaxAge(headers: OutgoingHttpHeaders, seconds: number): OutgoingHttpHeaders {
  const cacheControl = headerText(headers['cache-control']);
  const capped = cacheControl.replace(/\bs-maxage=(\d+)/i, (match, value: string) => (Number(value) > seconds ? `s-maxage=${seconds}` : match));
  return capped === cacheControl ? headers : { ...headers, 'cache-control': capped };
}
