import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma-sqlite/client';
import type { CounterIncrement, CounterStore } from './shared-window';

/** Rows per statement: well under both engines' bound-parameter limits (3 per row). */
const ROWS_PER_STATEMENT = 500;
/** How often one process removes the counters of ended windows. */
const PRUNE_EVERY_MS = 60_000;

/**
 * The shared limiters' counters, in RateLimitBucket (the table the subscribe and sign-in limits
 * already share), one row per limit, key and window: adding is one multi-row upsert that adds
 * and returns the totals, the same statement on SQLite (3.35+) and PostgreSQL.
 */
export async function addToCounters(increments: CounterIncrement[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (let i = 0; i < increments.length; i += ROWS_PER_STATEMENT) {
    const rows = increments.slice(i, i + ROWS_PER_STATEMENT).map((row) => Prisma.sql`(${row.key}, ${row.windowStart}, ${row.count})`);
    const returned = await db.$queryRaw<{ key: string; count: number | bigint }[]>`
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ${Prisma.join(rows)}
      ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + excluded."count"
      RETURNING "key", "count"`;
    for (const row of returned) totals.set(row.key, Number(row.count));
  }
  return totals;
}

/**
 * The store of one limit (its rows' keys start with `name:`), which now and then also removes
 * the rows of its windows that ended: one DELETE a minute at most, per process.
 */
export function databaseCounterStore(name: string, windowMs: number): CounterStore {
  let nextPrune = 0;
  return async (increments) => {
    const totals = await addToCounters(increments);
    const now = Date.now();
    if (now >= nextPrune) {
      nextPrune = now + PRUNE_EVERY_MS;
      await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: `${name}:` }, windowStart: { lt: new Date(now - 2 * windowMs) } } });
    }
    return totals;
  };
}
