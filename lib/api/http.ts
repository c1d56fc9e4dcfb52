/**
 * Hugging Face's limit for its API: 500 requests per 5 minutes per address. The production
 * server applies it in front of the page cache (lib/serving/request-limits.ts), so cached
 * answers count too and carry the caller's own `RateLimit` headers; the routes only answer.
 */
export const API_RATE_LIMIT = { limit: 500, windowMs: 5 * 60_000 };

/** Anyone may call the API from a browser: it is public, read-only and needs no cookies. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Expose-Headers': 'Link, RateLimit, RateLimit-Policy, Retry-After',
  'Access-Control-Max-Age': '86400',
};

/**
 * Lists change when an import runs (minutes apart). `s-maxage` lets the page cache keep an
 * answer; the server makes each answer `private` on the way out (it carries per-client
 * `RateLimit` headers), so caches in front never store one.
 */
export const CACHE_OK = 'public, max-age=60, s-maxage=300, stale-while-revalidate=3600';
const CACHE_ERROR = 'public, max-age=60';

export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const status = init.status ?? 200;
  return Response.json(body, {
    status,
    headers: { ...CORS_HEADERS, 'Cache-Control': status === 200 ? CACHE_OK : CACHE_ERROR, ...init.headers },
  });
}

export function apiError(status: number, error: string): Response {
  return apiJson({ error }, { status });
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
