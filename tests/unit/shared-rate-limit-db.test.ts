import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from '@/lib/api/memory-rate-limit';
import { db } from '@/lib/db';
import { addToCounters, databaseCounterStore } from '@/lib/rate-limit/counter-store';
import { createSharedRateLimiter, type SharedRateLimiter } from '@/lib/rate-limit/shared-window';
import { resetDatabase } from '../support/reset-database';

beforeEach(resetDatabase);

const WINDOW = 60_000;
// The start of the current window: windows are aligned to the clock, and ended ones are pruned.
const T0 = Math.floor(Date.now() / WINDOW) * WINDOW;

function instance(limit: number): SharedRateLimiter {
  return createSharedRateLimiter({ name: 'read-limit:test', limit, windowMs: WINDOW, store: databaseCounterStore('read-limit:test', WINDOW), log: () => {} });
}

/** A client whose requests a proxy sends to two instances in turn, a flush (~1 s) apart. */
function alternate(hit: (instance: 0 | 1, at: number) => boolean, rounds: number, flush: () => Promise<void>): Promise<number> {
  return (async () => {
    let allowed = 0;
    for (let round = 0; round < rounds; round += 1) {
      const at = T0 + round * 1_000;
      if (hit(0, at)) allowed += 1;
      if (hit(1, at)) allowed += 1;
      await flush();
    }
    return allowed;
  })();
}

describe('the API and search limits shared through the database', () => {
  it('admit one limit across two instances (plus what one admits between flushes), where per-process counts admitted twice as many', async () => {
    const limit = 10;
    const memory = [createMemoryRateLimiter({ limit, windowMs: WINDOW }), createMemoryRateLimiter({ limit, windowMs: WINDOW })];
    expect(await alternate((i, at) => memory[i]!.hit('203.0.113.9', at).allowed, 20, async () => {})).toBe(2 * limit);

    const shared = [instance(limit), instance(limit)];
    const allowed = await alternate(
      (i, at) => shared[i]!.hit('203.0.113.9', at).allowed,
      20,
      async () => {
        await shared[0]!.flush();
        await shared[1]!.flush();
      },
    );
    // Each instance decides on the total of its last flush: the other's hits since then (one
    // here) are the only slack left.
    expect(allowed).toBe(limit + 1);
    const [row] = await db.rateLimitBucket.findMany({ where: { key: { startsWith: 'read-limit:test:' } } });
    expect(row?.count).toBe(40);
  });

  it('tell clients apart, and start again in the next window', async () => {
    const [a, b] = [instance(2), instance(2)];
    expect([a.hit('x', T0).allowed, b.hit('x', T0).allowed]).toEqual([true, true]);
    await a.flush();
    await b.flush();
    // b flushed last, so it knows both hits.
    expect(b.hit('x', T0 + 1).allowed).toBe(false);
    expect(b.hit('y', T0 + 1).allowed).toBe(true);
    const next = b.hit('x', T0 + WINDOW);
    expect(next).toMatchObject({ allowed: true, remaining: 1, resetSeconds: 60 });
  });

  it('keep counting in memory while the database is unreachable, and send the hits later', async () => {
    let failing = true;
    const limiter = createSharedRateLimiter({
      name: 'read-limit:test',
      limit: 3,
      windowMs: WINDOW,
      store: async (increments) => {
        if (failing) throw new Error('connection refused');
        return addToCounters(increments);
      },
      log: () => {},
    });
    for (let i = 0; i < 3; i += 1) limiter.hit('x', T0);
    await limiter.flush();
    expect(limiter.hit('x', T0).allowed).toBe(false);
    failing = false;
    await limiter.flush();
    const [row] = await db.rateLimitBucket.findMany({ where: { key: { startsWith: 'read-limit:test:' } } });
    expect(row?.count).toBe(4);
  });

  it('add up in one statement on either engine, and prune only their own ended windows', async () => {
    const old = new Date(Date.now() - 10 * WINDOW);
    await db.rateLimitBucket.create({ data: { key: 'subscribe:ip:203.0.113.9', windowStart: old, count: 1 } });
    expect(await addToCounters([{ key: 'read-limit:test:1:a', windowStart: old, count: 2 }, { key: 'read-limit:test:1:b', windowStart: old, count: 1 }])).toEqual(
      new Map([
        ['read-limit:test:1:a', 2],
        ['read-limit:test:1:b', 1],
      ]),
    );
    expect((await addToCounters([{ key: 'read-limit:test:1:a', windowStart: old, count: 5 }])).get('read-limit:test:1:a')).toBe(7);
    await databaseCounterStore('read-limit:test', WINDOW)([{ key: 'read-limit:test:9:c', windowStart: new Date(), count: 1 }]);
    expect((await db.rateLimitBucket.findMany({ orderBy: { key: 'asc' } })).map((row) => row.key)).toEqual(['read-limit:test:9:c', 'subscribe:ip:203.0.113.9']);
  });
});
