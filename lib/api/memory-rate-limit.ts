/**
 * A fixed-window rate limiter kept in this process's memory, for the public read API and search
 * (applied by the server in front of the page cache: lib/serving/request-limits.ts).
 *
 * Why not lib/rate-limit/fixed-window.ts: that one writes a row per hit, so every API read
 * would become a database write (and, on SQLite, take the single writer lock that imports
 * need). Reads must stay cheap. The cost: with N app instances a client can make up to N times
 * the limit. That is acceptable for abuse protection of a read API; the subscribe form, where
 * one shared count matters, keeps the database limiter.
 */
export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
  windowSeconds: number;
}

interface Bucket {
  start: number;
  count: number;
}

export interface MemoryRateLimiter {
  hit(key: string, now?: number): RateLimitState;
}

export function createMemoryRateLimiter({ limit, windowMs, maxKeys = 50_000 }: { limit: number; windowMs: number; maxKeys?: number }): MemoryRateLimiter {
  const buckets = new Map<string, Bucket>();

  // Bounded memory: drop ended windows first; if a flood of distinct addresses still fills the
  // map, drop the oldest entries (a Map iterates in insertion order).
  function prune(now: number) {
    for (const [key, bucket] of buckets) if (bucket.start + windowMs <= now) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  }

  return {
    hit(key, now = Date.now()) {
      let bucket = buckets.get(key);
      if (!bucket || bucket.start + windowMs <= now) {
        if (!bucket && buckets.size >= maxKeys) prune(now);
        bucket = { start: now, count: 0 };
        buckets.set(key, bucket);
      }
      bucket.count += 1;
      return {
        allowed: bucket.count <= limit,
        limit,
        remaining: Math.max(0, limit - bucket.count),
        resetSeconds: Math.max(1, Math.ceil((bucket.start + windowMs - now) / 1000)),
        windowSeconds: Math.round(windowMs / 1000),
      };
    },
  };
}
