import { createServer, request as send, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CACHE_KEY_LENGTH, normalisedCacheKey } from '@/lib/serving/cache-key';
import { withPageCache } from '@/lib/serving/cached-handler';
import { type CachedPage, PageCache } from '@/lib/serving/page-cache';

// What one client can make the page cache hold (issue 11, item 4): a real HTTP server with the
// cache in front of a small app that answers every GET as a cacheable page and counts renders.
const PAGE = `<!DOCTYPE html><html lang="en"><body>${'<article>A paper about sparse attention.</article>'.repeat(100)}</body></html>`;
let renders = 0;

function app(request: IncomingMessage, response: ServerResponse): void {
  renders += 1;
  response.setHeader('Content-Type', request.url?.startsWith('/api/') ? 'application/json' : 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400');
  response.end(request.url?.startsWith('/api/') ? '[]' : PAGE);
}

let server: Server;
let origin = '';
// Room for a handful of pages (each ~5 KB plain plus its gzip and brotli copies).
const cache = new PageCache(64 * 1024);

beforeAll(async () => {
  const handle = withPageCache(app, cache, { proxySeconds: 60 });
  server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache.clear();
  renders = 0;
});

function get(path: string) {
  return new Promise<{ status: number; cache: string | undefined }>((resolve, reject) => {
    const outgoing = send(new URL(path, origin), { headers: { 'accept-encoding': 'gzip, br' } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, cache: response.headers['x-page-cache'] as string | undefined }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('what a client can make the page cache hold', () => {
  it('a flood of /?x=N does not push a real page out', async () => {
    expect((await get('/papers/date/2025-09-04')).cache).toBe('MISS');
    for (let n = 0; n < 400; n += 1) await get(`/?x=${n}&utm_source=${n}`);
    expect((await get('/papers/date/2025-09-04')).cache).toBe('HIT');
    // The home page was rendered once and answered every other variant from memory.
    expect(renders).toBe(2);
  });

  it('API URLs with parameters the route does not read are answered but not kept', async () => {
    await get('/papers/date/2025-09-04');
    for (let n = 0; n < 200; n += 1) expect((await get(`/api/daily_papers?date=2025-09-04&x=${n}`)).status).toBe(200);
    expect((await get('/papers/date/2025-09-04')).cache).toBe('HIT');
    expect(cache.size.entries).toBe(1);
    // Parameters it reads are kept, in one order.
    expect((await get('/api/daily_papers?limit=5&date=2025-09-04')).cache).toBe('MISS');
    expect((await get('/api/daily_papers?date=2025-09-04&limit=5')).cache).toBe('HIT');
  });

  it('list choices make their own entry; values the list does not accept do not', async () => {
    await get('/papers/date/2025-09-04');
    expect((await get('/papers/date/2025-09-04?sort=newest')).cache).toBe('MISS');
    expect((await get('/papers/date/2025-09-04?sort=newest&category=cs.LG')).cache).toBe('MISS');
    expect((await get('/papers/date/2025-09-04?category=cs.LG&sort=newest&ref=mail')).cache).toBe('HIT');
    for (let n = 0; n < 100; n += 1) expect((await get(`/papers/date/2025-09-04?sort=bogus${n}`)).cache).toBe('HIT');
    expect(cache.size.entries).toBe(3);
  });

  it('does not keep a URL longer than its key limit', async () => {
    const long = `/papers/date/2025-09-04?q=${'a'.repeat(MAX_CACHE_KEY_LENGTH)}`;
    expect((await get(long)).status).toBe(200);
    expect((await get(long)).status).toBe(200);
    expect(renders).toBe(2);
    expect(cache.size.entries).toBe(0);
  });
});

describe('PageCache counts what an entry really holds', () => {
  const page = (bytes: number, headers: CachedPage['headers'] = {}): CachedPage => ({
    status: 200,
    headers,
    identity: Buffer.alloc(bytes),
    gzip: null,
    br: null,
    etag: '"x"',
    storedAt: 0,
    expiresAt: Infinity,
  });

  it('counts the key and the headers, not only the body', () => {
    const small = new PageCache(1024 * 1024);
    small.set(`/${'k'.repeat(1000)}`, page(10, { 'content-security-policy': 'p'.repeat(2000) }));
    expect(small.size.bytes).toBeGreaterThanOrEqual(1000 + 2000 + 10);
  });

  it('holds no more entries under long keys than its memory allows', () => {
    const budget = 1024 * 1024;
    const small = new PageCache(budget);
    for (let n = 0; n < 5_000; n += 1) small.set(`/${String(n).padStart(1000, 'a')}`, page(10));
    expect(small.size.bytes).toBeLessThanOrEqual(budget);
    // Each entry holds a 1,000-character key: at most a thousand of them fit in a megabyte.
    expect(small.size.entries * 1001).toBeLessThanOrEqual(budget);
  });
});

describe('normalisedCacheKey', () => {
  it('keeps only what changes the page', () => {
    expect(normalisedCacheKey('/?x=1')).toBe('/');
    expect(normalisedCacheKey('/papers/2508.20001?utm_source=feed')).toBe('/papers/2508.20001');
    expect(normalisedCacheKey('/papers/week/2025-W36?sort=upvotes&sort=newest&category=hep-th&x=1')).toBe('/papers/week/2025-W36?category=hep-th&sort=newest');
    expect(normalisedCacheKey('/papers/month/2025-09?sort=%3Cscript%3E')).toBe('/papers/month/2025-09');
    expect(normalisedCacheKey('/search?q=attention&page=2')).toBe('/search?q=attention&page=2');
  });

  it('spells one path one way, and refuses paths no page has', () => {
    expect(normalisedCacheKey('/papers/d%61te/2025-09-0%34')).toBe('/papers/date/2025-09-04');
    expect(normalisedCacheKey('/papers/a%2fb')).toBe('/papers/a%2Fb');
    for (const url of ['/papers/%zz', '/papers/%', '//papers', '/papers/./date', '/papers/%2e%2e/x', 'papers']) expect(normalisedCacheKey(url), url).toBeNull();
  });
});
