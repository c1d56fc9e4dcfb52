import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { API_RATE_LIMIT } from '@/lib/api/http';
import { createMemoryRateLimiter, type MemoryRateLimiter, type RateLimitState } from '@/lib/api/memory-rate-limit';
import { addressKey } from '@/lib/http/address-key';
import { clientAddressOf } from '@/lib/http/client-address';
import { headerText } from './cache-policy';
import type { RequestHandler } from './cached-handler';
import { sendTooManyRequests } from './too-many-requests';

/**
 * Per-address limits applied in front of the page cache (docs/decisions/010), so every request
 * counts, cached answers included, and the per-client `RateLimit` headers are added to each
 * message on its way out, never to a stored copy.
 */
export interface RequestLimit {
  /** The policy name in `RateLimit-Policy`. */
  name: string;
  limiter: MemoryRateLimiter;
  applies: (method: string, path: string) => boolean;
}

const READS = new Set(['GET', 'HEAD']);

export const SEARCH_WINDOW_MS = 60_000;

/** Makes the limiter of one policy: in this process's memory, or shared through the database (scripts/serve.ts). */
export type LimiterFactory = (name: string, rule: { limit: number; windowMs: number }) => MemoryRateLimiter;

/** The read API (500 per 5 minutes, as Hugging Face's) and search, page and API (per minute). */
export function defaultLimits({ searchesPerMinute, makeLimiter = (_, rule) => createMemoryRateLimiter(rule) }: { searchesPerMinute: number; makeLimiter?: LimiterFactory }): RequestLimit[] {
  const limits: RequestLimit[] = [{ name: 'api', limiter: makeLimiter('api', API_RATE_LIMIT), applies: (method, path) => READS.has(method) && isReadApiPath(path) }];
  if (searchesPerMinute > 0) {
    limits.push({
      name: 'search',
      limiter: makeLimiter('search', { limit: searchesPerMinute, windowMs: SEARCH_WINDOW_MS }),
      applies: (method, path) => READS.has(method) && (path === '/search' || path === '/api/papers/search'),
    });
  }
  return limits;
}

export function withRateLimits(handle: RequestHandler, limits: RequestLimit[], now: () => number = Date.now): RequestHandler {
  return (request, response) => {
    const path = requestPath(request.url);
    const method = request.method ?? 'GET';
    const applicable = limits.filter((limit) => limit.applies(method, path));
    if (applicable.length === 0) return handle(request, response);
    const key = addressKey(clientAddressOf(request));
    const states = applicable.map((limit) => ({ name: limit.name, state: limit.limiter.hit(key, now()) }));
    const headers = rateLimitHeaders(states);
    const refused = states.find(({ state }) => !state.allowed);
    if (refused) {
      sendTooManyRequests(response, { api: isApiPath(path), head: method === 'HEAD', retryAfterSeconds: refused.state.resetSeconds, headers });
      return;
    }
    addToEveryHead(response, headers);
    return handle(request, response);
  };
}

/** The path as Next routes it: decoded, without repeated slashes (so `/api/daily%5Fpapers` counts too). */
export function requestPath(url: string | undefined): string {
  let path: string;
  try {
    path = new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: Next answers it with an error page; count it by its raw path.
  }
  return path.replace(/\/{2,}/g, '/');
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The read API that the quota is for (the daily papers, a paper, search): not /api/me, which
 * the script of every signed-in page view asks. Counted as API use, readers sharing one address
 * (a campus, an office behind NAT) lost their votes' state after 500 page views in 5 minutes.
 */
function isReadApiPath(path: string): boolean {
  return isApiPath(path) && path !== '/api/me';
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers, the form Hugging
 * Face sends): each policy with its quota and window, and what is left of it.
 */
function rateLimitHeaders(states: { name: string; state: RateLimitState }[]): Record<string, string> {
  return {
    'RateLimit-Policy': states.map(({ name, state }) => `"${name}";q=${state.limit};w=${state.windowSeconds}`).join(', '),
    RateLimit: states.map(({ name, state }) => `"${name}";r=${state.remaining};t=${state.resetSeconds}`).join(', '),
  };
}

/**
 * Adds this client's headers to whatever head goes out (Next's, or the page cache's for a hit
 * or a miss), and makes that answer `private`: a cache in front (nginx, a CDN) must not keep
 * one client's counts and hand them to others, nor answer repeated URLs without counting them.
 * Our own page cache, behind this, still keeps the shared copy.
 */
function addToEveryHead(response: ServerResponse, headers: Record<string, string>): void {
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithLimits(this: ServerResponse, status: number, ...rest: unknown[]) {
    if (typeof rest[0] === 'string') this.statusMessage = rest[0];
    const given = rest.find((arg): arg is OutgoingHttpHeaders | unknown[] => typeof arg === 'object' && arg !== null);
    if (Array.isArray(given)) {
      for (let i = 0; i + 1 < given.length; i += 2) this.setHeader(String(given[i]), given[i + 1] as string);
    } else if (given) {
      for (const [name, value] of Object.entries(given)) if (value !== undefined) this.setHeader(name, value);
    }
    for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    this.setHeader('Cache-Control', privateCacheControl(this.getHeader('cache-control')));
    response.writeHead = writeHead;
    return writeHead.call(this, status);
  } as ServerResponse['writeHead'];
}

/** `public, max-age=60, s-maxage=300` → `private, max-age=60`: the browser's copy only. */
export function privateCacheControl(value: unknown): string {
  const directives = headerText(value)
    .split(',')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^(public|s-maxage=.*|proxy-revalidate)$/i.test(directive));
  return directives.some((directive) => /^(private|no-store)$/i.test(directive)) ? directives.join(', ') : ['private', ...directives].join(', ');
}
