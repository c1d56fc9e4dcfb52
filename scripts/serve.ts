/**
 * The production server: Next's request handler behind the page cache (lib/serving). Started
 * by `npm start`; also what the end-to-end tests and the benchmark run.
 *   HOST, PORT         where to listen (default 127.0.0.1:3000)
 *   PAGE_CACHE_MB      memory for cached pages (default 64; 0 turns the cache off)
 *   PROXY_MAX_AGE      seconds a proxy in front may keep a page (default 60)
 *   TRUST_PROXY        proxies believed about the client's address (default none; lib/http/trust-proxy.ts)
 *   SEARCH_RATE_LIMIT  searches per minute per client address (default 60; 0 turns it off)
 *   PAGE_CHANGES_POLL_MS  how often to read the pages other instances changed (default 5000)
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { env } from '@/lib/cli/checked-env';
import { createPageChangePoller } from '@/lib/community/page-change-poller';
import { instanceId, setPageCachePurge } from '@/lib/community/page-change-hooks';
import { withClientAddress } from '@/lib/http/client-address';
import { refusedPath } from '@/lib/http/refused-path';
import { getRevalidateSecret } from '@/lib/revalidate/secret';
import { withPageCache } from '@/lib/serving/cached-handler';
import { PageCache } from '@/lib/serving/page-cache';
import { defaultLimits, withRateLimits } from '@/lib/serving/request-limits';

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
// front of the page cache, so cache hits count too (docs/decisions/010).
const serveRequest = withClientAddress(env.TRUST_PROXY, withRateLimits(cached, defaultLimits({ searchesPerMinute: env.SEARCH_RATE_LIMIT })));
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

// Pages changed on other instances (votes, comments): this one drops them too. Next's copies can
// only be dropped inside a request, so the poller asks this very server (which also purges the
// page cache, through the hook above).
const selfHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
const self = `http://${selfHost}:${port}`;
const poller = await createPageChangePoller({
  origin: instanceId(),
  apply: async (paths) => {
    const response = await fetch(`${self}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${getRevalidateSecret(root)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`/api/revalidate answered ${response.status}`);
  },
});

server.listen(port, host, () => {
  console.log(`Ready on http://${host}:${port} (page cache ${cacheMb > 0 ? `${cacheMb} MB` : 'off'})`);
  poller.start(env.PAGE_CHANGES_POLL_MS);
});

// A restart finishes the requests in flight and refuses new ones, so a proxy in front retries
// them on another instance instead of reporting an error. Keep-alive connections are closed as
// soon as they fall idle, so the process exits right after its last answer.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    poller.stop();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 50).unref();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
