import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { resetDatabase } from '../support/reset-database';

beforeEach(resetDatabase);

const HOUR = 3_600_000;
// Far from the wall clock, so no earlier hit in this process has pushed the next prune past it.
const now = new Date(Date.now() + 365 * 24 * HOUR);
const at = (ms: number) => new Date(now.getTime() + ms);

describe('rate-limit rows in the database', () => {
  it('are removed once their window ended long ago, while current windows keep counting', async () => {
    await hitRateLimit('subscribe:ip:198.51.100.1', 20, HOUR, at(-3 * 24 * HOUR));
    await hitRateLimit('subscribe:ip:198.51.100.2', 20, HOUR, at(-2 * 24 * HOUR));
    await hitRateLimit('subscribe:ip:203.0.113.5', 20, HOUR, at(-30 * 60_000));
    await hitRateLimit('subscribe:ip:203.0.113.5', 20, HOUR, at(-20 * 60_000));

    await hitRateLimit('subscribe:ip:203.0.113.6', 20, HOUR, now);

    const rows = await db.rateLimitBucket.findMany({ orderBy: { key: 'asc' }, select: { key: true, count: true } });
    expect(rows).toEqual([
      { key: 'subscribe:ip:203.0.113.5', count: 2 },
      { key: 'subscribe:ip:203.0.113.6', count: 1 },
    ]);
  });

  it('refuses a window longer than rows are kept', async () => {
    await expect(hitRateLimit('x', 1, 48 * HOUR, now)).rejects.toThrow(/pruned while it runs/);
  });
});
