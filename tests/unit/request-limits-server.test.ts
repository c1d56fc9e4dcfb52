import { createServer, request as send, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as getDailyPapers } from '@/app/api/daily_papers/route';
import { withClientAddress } from '@/lib/http/client-address';
import { clientIpFrom } from '@/lib/http/client-ip';
import { parseTrustProxy, type TrustProxy } from '@/lib/http/trust-proxy';
import { withPageCache } from '@/lib/serving/cached-handler';
import { PageCache } from '@/lib/serving/page-cache';
import { defaultLimits, withRateLimits } from '@/lib/serving/request-limits';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

// The production server's layers as scripts/serve.ts stacks them (client address, per-address
// limits, page cache), in front of the real API route and two stand-ins: a search page (sent
// `private, no-store`, as Next sends it) and a page that shows the address the app's code sees
// (the subscribe form's limit is keyed by it).
let clock = 1_000_000;

async function app(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
  if (url.pathname === '/whoami') {
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(clientIpFrom(headers));
    return;
  }
  if (url.pathname === '/api/me') {
    // A signed-in reader's own state, which each page view's script asks for.
    response.setHeader('Content-Type', 'application/json');
    response.setHeader('Cache-Control', 'private, no-store');
    response.end('{"reader":null}');
    return;
  }
  if (url.pathname === '/search') {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    response.end(`<h1>Results for ${url.searchParams.get('q') ?? ''}</h1>`);
    return;
  }
  const answer = await getDailyPapers(new NextRequest(url, { headers }));
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

interface Running {
  server: Server;
  origin: string;
}

async function start(trustProxy: string | undefined): Promise<Running> {
  const trust = parseTrustProxy(trustProxy) as TrustProxy;
  const cached = withPageCache(app, new PageCache(8 * 1024 * 1024), { proxySeconds: 60, now: () => clock });
  const handle = withClientAddress(trust, withRateLimits(cached, defaultLimits({ searchesPerMinute: 30 }), () => clock));
  const server = createServer((request, response) => {
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error(error);
      response.statusCode = 500;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// Linux answers on all of 127.0.0.0/8: a client can come from 127.0.0.2, .3, … — real, distinct
// socket addresses.
function get(running: Running, path: string, { from = '127.0.0.1', headers = {} }: { from?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>((resolve, reject) => {
    const outgoing = send(new URL(path, running.origin), { headers, localAddress: from }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const API = '/api/daily_papers?date=2025-09-04';
let direct: Running;
let behindProxy: Running;

beforeAll(async () => {
  await resetDatabase();
  await savePapers([buildListedPaper('2025-09-04', 1, { arxivId: '2509.10000' })]);
  direct = await start(undefined);
  behindProxy = await start('127.0.0.1');
});
afterAll(async () => {
  for (const running of [direct, behindProxy]) await new Promise<void>((resolve) => running.server.close(() => resolve()));
});
beforeEach(() => {
  // A new window for every test: the limiters keep their counts for five minutes.
  clock += 3_600_000;
});

describe('the client address', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', async () => {
    const forged = await get(direct, '/whoami', { from: '127.0.0.2', headers: { 'x-forwarded-for': '198.51.100.1', 'x-real-ip': '198.51.100.2' } });
    expect(forged.body).toBe('127.0.0.2');
  });

  it('does not reset the API limit for a client that claims a new address on every request', async () => {
    let last = '';
    for (let i = 1; i <= 3; i += 1) {
      const response = await get(direct, API, { from: '127.0.0.2', headers: { 'x-forwarded-for': `198.51.100.${i}` } });
      last = String(response.headers.ratelimit);
    }
    expect(last).toBe('"api";r=497;t=300');
  });

  it('is the address a trusted proxy forwarded, and never one a client claims to it', async () => {
    // The proxy (127.0.0.1) appends the address it saw to whatever the client sent.
    const viaProxy = await get(behindProxy, '/whoami', { from: '127.0.0.1', headers: { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' } });
    expect(viaProxy.body).toBe('203.0.113.9');
    // A client that reaches the app around the proxy is not believed.
    const around = await get(behindProxy, '/whoami', { from: '127.0.0.3', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(around.body).toBe('127.0.0.3');
  });

  it('counts the API per forwarded address behind a trusted proxy', async () => {
    for (let i = 0; i < 2; i += 1) await get(behindProxy, API, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    const other = await get(behindProxy, API, { headers: { 'x-forwarded-for': '203.0.113.10' } });
    expect(other.headers.ratelimit).toBe('"api";r=499;t=300');
  });
});

describe('the API limit in front of the page cache', () => {
  it('counts answers served from the cache: the 501st request for one URL in the window is refused', async () => {
    for (let i = 1; i <= 500; i += 1) {
      const response = await get(direct, API, { from: '127.0.0.4' });
      if (response.status !== 200) throw new Error(`request ${i} answered ${response.status}`);
    }
    const refused = await get(direct, API, { from: '127.0.0.4' });
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toEqual({ error: 'Too many requests' });
    expect(refused.headers['retry-after']).toBe('300');
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    // Another address is not affected.
    expect((await get(direct, API, { from: '127.0.0.5' })).status).toBe(200);
  });

  it('does not count page views: 520 signed-in pages behind one address (a campus, an office) all get their reader’s state', async () => {
    for (let i = 1; i <= 520; i += 1) {
      const response = await get(direct, '/api/me?papers=1,2,3', { from: '127.0.0.8' });
      if (response.status !== 200) throw new Error(`page view ${i}: /api/me answered ${response.status}`);
    }
    // The read API's own quota from that address is untouched.
    expect((await get(direct, API, { from: '127.0.0.8' })).headers.ratelimit).toBe('"api";r=499;t=300');
  });

  it("serves a cached answer with this client's own counts, never another client's, and not for caches in front", async () => {
    for (let i = 0; i < 3; i += 1) await get(direct, API, { from: '127.0.0.6' });
    const other = await get(direct, API, { from: '127.0.0.7' });
    expect(other.headers['x-page-cache']).toBe('HIT');
    expect(other.headers['ratelimit-policy']).toBe('"api";q=500;w=300');
    expect(other.headers.ratelimit).toBe('"api";r=499;t=300');
    // nginx or a CDN must not keep an answer with per-client headers, nor answer it uncounted.
    expect(other.headers['cache-control']).toBe('private, max-age=60, stale-while-revalidate=3600');
    expect(JSON.parse(other.body)).toMatchObject([{ paper: { id: '2509.10000' } }]);
  });
});

describe('the search limit', () => {
  it('answers the 31st search in a minute with a friendly 429 page that nothing keeps, until the minute is over', async () => {
    for (let i = 1; i <= 30; i += 1) {
      const response = await get(direct, `/search?q=attention+${i}`, { from: '127.0.0.8' });
      if (response.status !== 200) throw new Error(`search ${i} answered ${response.status}`);
    }
    const refused = await get(direct, '/search?q=attention', { from: '127.0.0.8' });
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(refused.body).toContain('<h1>Too many searches</h1>');
    expect(refused.body).toMatch(/try again in \d+ seconds/);
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The API's search counts against the same searches.
    expect((await get(direct, '/api/papers/search?q=attention', { from: '127.0.0.8' })).status).toBe(429);
    // Other readers search on; other pages stay open to this one.
    expect((await get(direct, '/search?q=attention', { from: '127.0.0.9' })).status).toBe(200);
    expect((await get(direct, API, { from: '127.0.0.8' })).status).toBe(200);

    clock += 60_000;
    const later = await get(direct, '/search?q=attention', { from: '127.0.0.8' });
    expect(later.status).toBe(200);
    expect(later.body).toContain('Results for attention');
  });
});
