import { clientIpFrom } from '@/lib/http/client-ip';
import { createMemoryRateLimiter, type RateLimitState } from './memory-rate-limit';

/** Hugging Face's limit for its API: 500 requests per 5 minutes per address. */
export const API_RATE_LIMIT = { limit: 500, windowMs: 5 * 60_000 };

const limiter = createMemoryRateLimiter(API_RATE_LIMIT);

/** Anyone may call the API from a browser: it is public, read-only and needs no cookies. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Expose-Headers': 'Link, RateLimit, RateLimit-Policy, Retry-After',
  'Access-Control-Max-Age': '86400',
};

/** Lists change when an import runs (minutes apart); a CDN may serve a slightly stale copy. */
export const CACHE_OK = 'public, max-age=60, s-maxage=300, stale-while-revalidate=3600';
const CACHE_ERROR = 'public, max-age=60';

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers, the form Hugging
 * Face sends): a named policy with its quota and window, and what is left of it.
 */
function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Policy': `"api";q=${state.limit};w=${state.windowSeconds}`,
    RateLimit: `"api";r=${state.remaining};t=${state.resetSeconds}`,
  };
}

export function hitApiRateLimit(request: Request): RateLimitState {
  return limiter.hit(clientIpFrom(request.headers));
}

export function apiJson(body: unknown, state: RateLimitState, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const status = init.status ?? 200;
  return Response.json(body, {
    status,
    headers: { ...CORS_HEADERS, ...rateLimitHeaders(state), 'Cache-Control': status === 200 ? CACHE_OK : CACHE_ERROR, ...init.headers },
  });
}

export function apiError(status: number, error: string, state: RateLimitState): Response {
  return apiJson({ error }, state, { status });
}

export function tooManyRequests(state: RateLimitState): Response {
  return apiJson({ error: 'Too many requests' }, state, {
    status: 429,
    headers: { 'Retry-After': String(state.resetSeconds), 'Cache-Control': 'no-store' },
  });
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
