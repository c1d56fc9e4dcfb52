/**
 * The production server: Next's request handler behind the page cache (lib/serving). Started
 * by `npm start`; also what the end-to-end tests and the benchmark run.
 *   HOST, PORT         where to listen (default 127.0.0.1:3000)
 *   PAGE_CACHE_MB      memory for cached pages (default 64; 0 turns the cache off)
 *   PROXY_MAX_AGE      seconds a proxy in front may keep a page (default 60)
 *   TRUST_PROXY        proxies believed about the client's address (default none; lib/http/trust-proxy.ts)
 *   SEARCH_RATE_LIMIT  searches per minute per client address (default 60; 0 turns it off)
 *   RATE_LIMIT_STORE   where the API and search limits count: auto (database on PostgreSQL), memory, database
 *   PAGE_CHANGES_POLL_MS  how often to read the pages other instances changed (default 5000)
 *   PAGE_CHANGES_SAFETY_POLL_MS  the same on PostgreSQL while LISTENing for them (default 30000)
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { env } from '@/lib/cli/checked-env';
import { createPageChangePoller } from '@/lib/community/page-change-poller';
import { EVERY_PAGE, instanceId, setPageCachePurge } from '@/lib/community/page-change-hooks';
import { startPageChangeListener, type PageChangeListener } from '@/lib/community/page-change-listener';
import { resolveDatabaseUrl } from '@/lib/db/database-url';
import { withClientAddress } from '@/lib/http/client-address';
import { refusedPath } from '@/lib/http/refused-path';
import { getRevalidateSecret } from '@/lib/revalidate/secret';
import { withPageCache } from '@/lib/serving/cached-handler';
import { PageCache } from '@/lib/serving/page-cache';
import { databaseCounterStore } from '@/lib/rate-limit/counter-store';
import { createSharedRateLimiter, type SharedRateLimiter } from '@/lib/rate-limit/shared-window';
import { defaultLimits, withRateLimits, type LimiterFactory } from '@/lib/serving/request-limits';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// `next start` sets this itself; a custom server must, before React is loaded, or every render
// runs React's development build (several times slower). Hence the dynamic import below.
(process.env as Record<string, string>).NODE_ENV = 'production';
const { default: next } = await import('next');
const root = path.resolve(import.meta.dirname, '..');
const { HOST: host, PORT: port, PAGE_CACHE_MB: cacheMb, PROXY_MAX_AGE: proxySeconds } = env;

const app = next({ dev: false, dir: root, hostname: host, port });
await app.prepare();
const nextHandler = app.getRequestHandler();
const handle = (request: Parameters<typeof nextHandler>[0], response: Parameters<typeof nextHandler>[1]) => nextHandler(request, response);
const pageCache = cacheMb > 0 ? new PageCache(cacheMb * 1024 * 1024) : null;
const cached = pageCache ? withPageCache(handle, pageCache, { proxySeconds }) : handle;
// A vote or comment drops its pages, not the whole cache (lib/community/page-changes.ts).
setPageCachePurge(pageCache ? (paths) => void pageCache.purgePaths(paths) : undefined);
// The client's address first (nothing may see a forged one), then the per-address limits in
// front of the page cache, so cache hits count too (docs/decisions/010). Counted in the
// database, shared by every instance, on PostgreSQL (docs/decisions/026).
const database = resolveDatabaseUrl();
const sharedLimiters: SharedRateLimiter[] = [];
const sharedLimits = env.RATE_LIMIT_STORE === 'database' || (env.RATE_LIMIT_STORE === 'auto' && database.provider === 'postgresql');
const makeLimiter: LimiterFactory | undefined = sharedLimits
  ? (name, rule) => {
      const limiter = createSharedRateLimiter({ name: `read-limit:${name}`, ...rule, store: databaseCounterStore(`read-limit:${name}`, rule.windowMs) });
      sharedLimiters.push(limiter);
      return limiter;
    }
  : undefined;
const serveRequest = withClientAddress(env.TRUST_PROXY, withRateLimits(cached, defaultLimits({ searchesPerMinute: env.SEARCH_RATE_LIMIT, makeLimiter })));
let stopping = false;
const server = createServer((request, response) => {
  // While stopping, every answer closes its connection, so a proxy does not send the next
  // request down a connection that is about to go away.
  if (stopping) response.setHeader('Connection', 'close');
  const refused = refusedPath(request.url ?? '/');
  if (refused) {
    response.writeHead(refused.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${refused.message}\n`);
    return;
  }
  // Next answers its own errors; this is only the last line against a bug in the layer above it.
  Promise.resolve(serveRequest(request, response)).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
// Longer than a proxy's idle upstream connections (nginx: 60 s), so the proxy closes them first.
server.keepAliveTimeout = 65_000;

// Pages changed on other instances or by an import (votes, comments, papers): this one drops
// them too. Next's copies can only be dropped inside a request, so the poller asks this very
// server (which also purges the page cache, through the hook above).
const selfHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
const self = `http://${selfHost}:${port}`;
const PATHS_PER_REQUEST = 5_000;
async function revalidateSelf(body: string | undefined): Promise<void> {
  const response = await fetch(`${self}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${getRevalidateSecret(root)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`/api/revalidate answered ${response.status}`);
}
const origin = instanceId();
const poller = await createPageChangePoller({
  origin,
  apply: async (paths) => {
    // A bulk import names no pages: every page goes (an empty body).
    if (paths.includes(EVERY_PAGE)) return revalidateSelf(undefined);
    for (let i = 0; i < paths.length; i += PATHS_PER_REQUEST) await revalidateSelf(JSON.stringify({ paths: paths.slice(i, i + PATHS_PER_REQUEST) }));
  },
});
// On PostgreSQL the database tells this instance when another wrote PageChange rows (LISTEN/
// NOTIFY, docs/decisions/026): no list of instances, and the poll is only a safety net.
let listener: PageChangeListener | null = null;

server.listen(port, host, () => {
  console.log(`Ready on http://${host}:${port} (page cache ${cacheMb > 0 ? `${cacheMb} MB` : 'off'}; limits counted ${sharedLimits ? 'in the database' : 'in memory'})`);
  if (database.provider === 'postgresql') {
    listener = startPageChangeListener({ databaseUrl: database.url, onNudge: (from) => from !== origin && poller.nudge() });
  }
  for (const limiter of sharedLimiters) limiter.start(env.RATE_LIMIT_FLUSH_MS);
  poller.start(env.PAGE_CHANGES_POLL_MS, { intervalMs: env.PAGE_CHANGES_SAFETY_POLL_MS, when: () => listener?.listening === true });
});

// A restart finishes the requests in flight and refuses new ones, so a proxy in front retries
// them on another instance instead of reporting an error. Keep-alive connections are closed as
// soon as they fall idle, so the process exits right after its last answer.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    poller.stop();
    void listener?.stop();
    for (const limiter of sharedLimiters) void limiter.stop();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 50).unref();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
