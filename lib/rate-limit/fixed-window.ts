import { db } from '@/lib/db';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window resets, for a friendly "try again in …". */
  retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` (e.g. `subscribe:ip:203.0.113.9`) in a fixed window kept in the
 * database, so every app instance shares the count. The increment is a single atomic UPDATE;
 * an expired window is restarted by whichever request sees it first.
 */
export async function hitRateLimit(key: string, limit: number, windowMs: number, now: Date = new Date()): Promise<RateLimitResult> {
  const bucket = await db.rateLimitBucket.upsert({
    where: { key },
    create: { key, windowStart: now, count: 1 },
    update: { count: { increment: 1 } },
    select: { windowStart: true, count: true },
  });
  const windowEnd = bucket.windowStart.getTime() + windowMs;
  if (windowEnd <= now.getTime()) {
    // Only the request that still sees the old window start resets it; the rest just count.
    await db.rateLimitBucket.updateMany({ where: { key, windowStart: bucket.windowStart }, data: { windowStart: now, count: 1 } });
    return { allowed: true, retryAfterSeconds: Math.ceil(windowMs / 1000) };
  }
  return { allowed: bucket.count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) };
}

/** Removes windows that ended long ago, so the table stays small. */
export async function pruneRateLimits(olderThan: Date): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
