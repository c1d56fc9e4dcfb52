import { db } from '@/lib/db';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window resets, for a friendly "try again in …". */
  retryAfterSeconds: number;
}

/** Rows whose window started longer ago than this are removed; no window may be longer. */
export const RATE_LIMIT_ROW_MAX_AGE_MS = 24 * 3_600_000;
/** How often one process prunes: one DELETE every ten minutes at most, on a hit. */
const PRUNE_EVERY_MS = 10 * 60_000;

// A global, so Next's bundled copy and a script's copy of this module share one schedule.
const NEXT_PRUNE = Symbol.for('daily-papers.rate-limit-next-prune');
const schedule = globalThis as Record<symbol, number | undefined>;

/**
 * Counts one hit against `key` (e.g. `subscribe:ip:203.0.113.9`) in a fixed window kept in the
 * database, so every app instance shares the count. The increment is a single atomic UPDATE;
 * an expired window is restarted by whichever request sees it first. Every key is a row, so
 * the table would grow with every address ever seen: now and then a hit also removes the rows
 * of windows that ended long ago.
 */
export async function hitRateLimit(key: string, limit: number, windowMs: number, now: Date = new Date()): Promise<RateLimitResult> {
  if (windowMs > RATE_LIMIT_ROW_MAX_AGE_MS) throw new Error(`A rate-limit window of ${windowMs} ms would be pruned while it runs (at most ${RATE_LIMIT_ROW_MAX_AGE_MS} ms).`);
  await pruneWhenDue(now);
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

async function pruneWhenDue(now: Date): Promise<void> {
  const due = schedule[NEXT_PRUNE] ?? 0;
  if (now.getTime() < due) return;
  // Claimed before the DELETE: concurrent hits do not all prune.
  schedule[NEXT_PRUNE] = now.getTime() + PRUNE_EVERY_MS;
  await pruneRateLimits(new Date(now.getTime() - RATE_LIMIT_ROW_MAX_AGE_MS));
}
