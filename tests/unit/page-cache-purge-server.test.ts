import { createServer, request as send, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setPageCachePurge } from '@/lib/community/page-change-hooks';
import { dropCachedPages } from '@/lib/community/page-changes';
import { REVALIDATED_SCOPE_HEADER } from '@/lib/serving/cache-policy';
import { withPageCache } from '@/lib/serving/cached-handler';
import { PageCache } from '@/lib/serving/page-cache';

// The page cache in front of a small app that answers like ours: cacheable pages with a render
// counter, /api/revalidate with a list of paths (dropped through the purge hook, as the real
// route does), and a per-reader answer keyed by the session cookie.
const renders = new Map<string, number>();
/** When set, a page's render waits for it: a render still running while a vote drops the page. */
let slowRender: { started: () => void; finish: Promise<void> } | null = null;

function app(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://app');
  if (request.method === 'POST' && url.pathname === '/api/revalidate') {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const scoped = body !== '';
      if (scoped) dropCachedPages((JSON.parse(body) as { paths: string[] }).paths);
      response.setHeader(REVALIDATED_SCOPE_HEADER, scoped ? 'paths' : 'all');
      response.end('{}');
    });
    return;
  }
  if (url.pathname === '/api/me') {
    const reader = /dp\.session_token=(\w+)/.exec(request.headers.cookie ?? '')?.[1] ?? null;
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ reader }));
    return;
  }
  if (url.pathname === '/signin/verify') {
    // A 200 that sets a cookie (and wrongly says it may be shared) is still never kept.
    response.setHeader('Cache-Control', 's-maxage=3600');
    response.setHeader('Set-Cookie', 'dp.session_token=secret; HttpOnly');
    response.end(`signed in as ${renders.size}`);
    return;
  }
  const key = `${url.pathname}${url.search}`;
  renders.set(key, (renders.get(key) ?? 0) + 1);
  const html = `<p>${key} render ${renders.get(key)}</p>`;
  const send = () => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400');
    response.end(html);
  };
  if (!slowRender) return send();
  slowRender.started();
  void slowRender.finish.then(send);
}

let server: Server;
let origin = '';
const cache = new PageCache(8 * 1024 * 1024);

beforeAll(async () => {
  setPageCachePurge((paths) => void cache.purgePaths(paths));
  const handle = withPageCache(app, cache, { proxySeconds: 60 });
  server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  setPageCachePurge(undefined);
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  cache.clear();
  renders.clear();
});

function fetchRaw(path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; text: string }>((resolve, reject) => {
    const outgoing = send(new URL(path, origin), { method, headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const state = async (path: string) => (await fetchRaw(path)).headers['x-page-cache'];

describe('targeted drops from the page cache', () => {
  const DAY = '/papers/date/2025-09-04';
  const PAGES = ['/', DAY, `${DAY}?sort=trending`, `${DAY}/view/upvotes/all`, '/papers/date/2025-09-03', '/papers/date/2025-09-04x', '/papers/2509.00001', '/papers/2509.00001v2', '/papers/category/cs.LG/p/2'];

  it('drops the changed pages and those beneath them, and keeps every other page', async () => {
    for (const path of PAGES) await fetchRaw(path);
    for (const path of PAGES) expect(await state(path), path).toBe('HIT');
    expect(cache.purgePaths([DAY, '/papers/2509.00001', '/'])).toBe(5);
    for (const path of ['/', DAY, `${DAY}?sort=trending`, `${DAY}/view/upvotes/all`, '/papers/2509.00001']) expect(await state(path), path).toBe('MISS');
    for (const path of ['/papers/date/2025-09-03', '/papers/date/2025-09-04x', '/papers/2509.00001v2', '/papers/category/cs.LG/p/2']) expect(await state(path), path).toBe('HIT');
  });

  it("drops one day's API answers (any limit, page or sort) and the latest day's, not another day's", async () => {
    const api = ['/api/daily_papers?date=2025-09-04', '/api/daily_papers?date=2025-09-04&limit=5&p=1', '/api/daily_papers', '/api/daily_papers?sort=trending', '/api/daily_papers?date=2025-09-03', '/api/daily_papers?week=2025-W36'];
    for (const path of api) await fetchRaw(path);
    for (const path of api) expect(await state(path), path).toBe('HIT');
    // What an import of 2025-09-04 names (lib/community/changed-paths.ts), but for its week.
    expect(cache.purgePaths(['/api/daily_papers?date=2025-09-04', '/api/daily_papers?date=&week=&month='])).toBe(4);
    for (const path of api.slice(0, 4)) expect(await state(path), path).toBe('MISS');
    for (const path of api.slice(4)) expect(await state(path), path).toBe('HIT');
  });

  it('does not keep a page whose render began before a drop of it: it may show the old count', async () => {
    let started = () => {};
    let finish = () => {};
    const entered = new Promise<void>((resolve) => (started = resolve));
    slowRender = { started, finish: new Promise<void>((resolve) => (finish = resolve)) };
    const first = fetchRaw(DAY);
    await entered; // the render has read the data...
    slowRender = null;
    cache.purgePaths([DAY]); // ...a vote drops the page...
    finish(); // ...and the render ends.
    expect((await first).headers['x-page-cache']).toBe('MISS');
    // The next reader gets a render begun after the vote, which is kept.
    expect(await fetchRaw(DAY)).toMatchObject({ text: `<p>${DAY} render 2</p>`, headers: { 'x-page-cache': 'MISS' } });
    expect(await state(DAY)).toBe('HIT');
  });

  it('POST /api/revalidate with paths drops only those; without a body, everything', async () => {
    for (const path of PAGES) await fetchRaw(path);
    const scoped = await fetchRaw('/api/revalidate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ paths: [DAY] }) });
    expect(scoped.status).toBe(200);
    expect(await state(DAY)).toBe('MISS');
    expect(await state('/papers/date/2025-09-03')).toBe('HIT');
    expect(await state('/')).toBe('HIT');
    await fetchRaw('/api/revalidate', { method: 'POST' });
    expect(await state('/papers/date/2025-09-03')).toBe('MISS');
  });
});

describe('per-reader answers through the page cache', () => {
  it('never keeps a reader\u2019s answer or a response that sets a cookie, so no reader sees another\u2019s', async () => {
    const as = (token: string | null): Record<string, string> => (token ? { cookie: `dp.session_token=${token}; dp_reader=1` } : {});
    for (let round = 0; round < 2; round += 1) {
      for (const token of ['alice', 'bob', null]) {
        const me = await fetchRaw('/api/me', { headers: as(token) });
        expect(JSON.parse(me.text)).toEqual({ reader: token });
        expect(me.headers['x-page-cache']).toBe('BYPASS');
      }
    }
    await fetchRaw('/signin/verify', { method: 'GET' });
    const again = await fetchRaw('/signin/verify');
    expect(again.headers['x-page-cache']).toBe('BYPASS');
    // A shared page is the same bytes whoever asks.
    const pages = await Promise.all([as('alice'), as('bob'), as(null)].map((headers) => fetchRaw('/papers/date/2025-09-04', { headers })));
    expect(new Set(pages.map((page) => page.text)).size).toBe(1);
    expect(pages.every((page) => page.headers['set-cookie'] === undefined)).toBe(true);
  });
});
