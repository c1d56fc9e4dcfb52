import { createServer, request as send, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withPageCache } from '@/lib/serving/cached-handler';
import { PageCache } from '@/lib/serving/page-cache';

// A real HTTP server with the page cache in front of a small app that counts its renders,
// answering the way Next does (headers with setHeader, the body in pieces, then end).
const PAGE = `<!DOCTYPE html><html lang="en"><body>${'<article>A paper about sparse attention.</article>'.repeat(200)}</body></html>`;
let renders = 0;
let version = 1;
let clock = 1_000_000;

function app(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://app');
  if (request.method === 'POST' && url.pathname === '/api/revalidate') {
    response.statusCode = request.headers.authorization === 'Bearer right' ? 200 : 401;
    response.end('{}');
    return;
  }
  renders += 1;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch');
  if (url.pathname === '/private') response.setHeader('Cache-Control', 'private, no-store');
  else if (url.pathname === '/cookie') {
    response.setHeader('Cache-Control', 's-maxage=3600');
    response.setHeader('Set-Cookie', 'session=1');
  } else response.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400');
  if (request.headers.rsc === '1') {
    response.end(`0:{"rsc":${version}}`);
    return;
  }
  const body = PAGE.replace('<body>', `<body><h1>Version ${version}</h1>`);
  response.write(body.slice(0, 1000));
  response.end(body.slice(1000));
}

let server: Server;
let origin = '';
const cache = new PageCache(8 * 1024 * 1024);

beforeAll(async () => {
  const handle = withPageCache(app, cache, { proxySeconds: 60, now: () => clock });
  server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache.clear();
  renders = 0;
  version = 1;
});

// fetch() would inflate gzip itself: read the raw bytes with node:http instead.
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
    const outgoing = send(new URL(path, origin), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the page cache in front of the app', () => {
  it('renders a cacheable page once, then serves it from memory, in the coding each client takes', async () => {
    const first = await get('/papers/date/2025-09-04', { 'accept-encoding': 'gzip, deflate, br' });
    expect(first.headers['x-page-cache']).toBe('MISS');
    expect(first.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(first.body).toString()).toContain('<h1>Version 1</h1>');

    const gzipped = await get('/papers/date/2025-09-04', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['x-page-cache']).toBe('HIT');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(gzipped.body).toString()).toBe(brotliDecompressSync(first.body).toString());
    // Brotli sees the whole page at once: smaller than gzip for the same bytes.
    expect(first.body.length).toBeLessThan(gzipped.body.length);

    for (const refusing of ['br;q=0, gzip', 'br;q=0, *']) {
      const refused = await get('/papers/date/2025-09-04', { 'accept-encoding': refusing });
      expect(refused.headers['content-encoding']).toBe('gzip');
    }

    const plain = await get('/papers/date/2025-09-04');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(gunzipSync(gzipped.body).toString());
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(renders).toBe(1);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await get('/papers/date/2025-09-04', { 'accept-encoding': 'gzip' });
    const etag = String(first.headers.etag);
    const revisit = await get('/papers/date/2025-09-04', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(revisit.status).toBe(304);
    expect(revisit.body.length).toBe(0);
    // Each copy has its own tag: a client must not reuse gzip bytes as plain text or brotli.
    expect((await get('/papers/date/2025-09-04', { 'if-none-match': etag })).status).toBe(200);
    expect((await get('/papers/date/2025-09-04', { 'accept-encoding': 'br', 'if-none-match': etag })).status).toBe(200);
  });

  it('tells caches in front to keep a page at most a minute, and counts its age', async () => {
    const first = await get('/papers/date/2025-09-04');
    expect(first.headers['cache-control']).toBe('s-maxage=60, stale-while-revalidate=31532400');
    clock += 42_000;
    const later = await get('/papers/date/2025-09-04');
    expect(later.headers['x-page-cache']).toBe('HIT');
    expect(later.headers.age).toBe('42');
  });

  it('renders again once the page expires', async () => {
    await get('/papers/date/2025-09-04');
    version = 2;
    clock += 3_601_000;
    const expired = await get('/papers/date/2025-09-04');
    expect(expired.headers['x-page-cache']).toBe('MISS');
    expect(expired.body.toString()).toContain('Version 2');
  });

  it('is emptied by an authorised POST /api/revalidate, not by a refused one', async () => {
    await get('/papers/date/2025-09-04');
    version = 2;
    expect((await get('/api/revalidate', { authorization: 'Bearer wrong' }, 'POST')).status).toBe(401);
    expect((await get('/papers/date/2025-09-04')).body.toString()).toContain('Version 1');
    expect((await get('/api/revalidate', { authorization: 'Bearer right' }, 'POST')).status).toBe(200);
    expect((await get('/papers/date/2025-09-04')).body.toString()).toContain('Version 2');
  });

  it('compresses a page it may not keep in the coding asked for, and says it varies', async () => {
    const brotli = await get('/private', { 'accept-encoding': 'gzip, br' });
    expect(brotli.headers['x-page-cache']).toBe('BYPASS');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toContain('<h1>Version 1</h1>');
    const plain = await get('/private');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.body.toString()).toBe(brotliDecompressSync(brotli.body).toString());
  });

  it('never keeps private pages, pages that set cookies, or client-router (RSC) answers', async () => {
    for (const path of ['/private', '/cookie']) {
      await get(path);
      expect((await get(path)).headers['x-page-cache']).toBe('BYPASS');
    }
    await get('/papers/date/2025-09-04');
    const rsc = await get('/papers/date/2025-09-04', { rsc: '1' });
    expect(rsc.body.toString()).toBe('0:{"rsc":1}');
    expect(rsc.headers['x-page-cache']).toBeUndefined();
    expect(renders).toBe(6); // private and cookie twice each, the page once, the RSC answer once
  });

  it('keeps different URLs apart, query included', async () => {
    await get('/papers/date/2025-09-04');
    version = 2;
    expect((await get('/papers/date/2025-09-04?sort=upvotes')).body.toString()).toContain('Version 2');
    expect((await get('/papers/date/2025-09-04')).body.toString()).toContain('Version 1');
  });
});

describe('PageCache', () => {
  const page = (bytes: number, expiresAt = Infinity) => ({ status: 200, headers: {}, identity: Buffer.alloc(bytes), gzip: null, br: null, etag: '"x"', storedAt: 0, expiresAt });

  it('drops the least recently used pages to stay within its memory', () => {
    const small = new PageCache(40_000);
    small.set('/a', page(8_000));
    small.set('/b', page(8_000));
    small.set('/c', page(8_000));
    small.get('/a', 0);
    small.set('/d', page(8_000));
    small.set('/e', page(8_000));
    expect(small.get('/a', 0)).not.toBeNull();
    expect(small.get('/b', 0)).toBeNull();
    expect(small.size.bytes).toBeLessThanOrEqual(40_000);
  });

  it('refuses a page larger than a quarter of its memory rather than flush everything', () => {
    const small = new PageCache(40_000);
    small.set('/a', page(5_000));
    small.set('/huge', page(20_000));
    expect(small.get('/huge', 0)).toBeNull();
    expect(small.get('/a', 0)).not.toBeNull();
  });
});
