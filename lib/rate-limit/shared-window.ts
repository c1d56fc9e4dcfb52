import type { RateLimitState } from '@/lib/api/memory-rate-limit';

/**
 * A fixed-window limit shared by every app instance, for the read API and search (applied in
 * front of the page cache: lib/serving/request-limits.ts), that still costs no database round
 * trip per request (docs/decisions/026).
 *
 * Windows are aligned to the clock (floor(now / window)), so instances agree on them without
 * talking. Each instance counts hits in memory and decides at once on (the shared total it last
 * read + its own hits since); every `flushMs` it adds its new hits to the database counter in
 * one statement for all keys (an upsert that adds, returning the new totals), which also brings
 * in what the other instances added. So the N-fold leak of per-process counts is gone; what is
 * left is what other instances admit within one flush (bounded by flushMs of their traffic),
 * and the hits in flight when a window turns.
 */
export interface CounterIncrement {
  /** Unique per limit, key and window. */
  key: string;
  windowStart: Date;
  count: number;
}

/** Adds increments to the shared counters; answers each counter's new total. */
export type CounterStore = (increments: CounterIncrement[]) => Promise<Map<string, number>>;

export interface SharedRateLimiter {
  hit(key: string, now?: number): RateLimitState;
  /** Sends the hits counted since the last flush, and reads back the totals. */
  flush(): Promise<void>;
  start(flushMs: number): void;
  stop(): Promise<void>;
}

interface Counter {
  key: string;
  window: number;
  /** The total in the database at the last flush, this instance's hits included. */
  shared: number;
  /** This instance's hits not yet sent. */
  pending: number;
}

export interface SharedRateLimiterOptions {
  /** Tells this limit's counters apart from others' in the shared table. */
  name: string;
  limit: number;
  windowMs: number;
  store: CounterStore;
  maxKeys?: number;
  log?: (line: string) => void;
}

export function createSharedRateLimiter({ name, limit, windowMs, store, maxKeys = 50_000, log = console.error }: SharedRateLimiterOptions): SharedRateLimiter {
  const counters = new Map<string, Counter>();
  // Counters of a window that turned before their hits were sent: sent at the next flush.
  let leftovers: Counter[] = [];
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> | null = null;

  function prune(window: number) {
    for (const [key, counter] of counters) if (counter.window < window && counter.pending === 0) counters.delete(key);
    for (const key of counters.keys()) {
      if (counters.size < maxKeys) break;
      counters.delete(key);
    }
  }

  async function flushOnce(): Promise<void> {
    const sent: [Counter, number][] = [];
    for (const counter of [...leftovers, ...counters.values()]) {
      if (counter.pending === 0) continue;
      sent.push([counter, counter.pending]);
      counter.pending = 0;
    }
    leftovers = [];
    if (sent.length === 0) return;
    const rowKey = (counter: Counter) => `${name}:${counter.window}:${counter.key}`;
    try {
      const totals = await store(sent.map(([counter, count]) => ({ key: rowKey(counter), windowStart: new Date(counter.window * windowMs), count })));
      for (const [counter] of sent) {
        const total = totals.get(rowKey(counter));
        // Totals only grow: never step back below what was read before.
        if (total !== undefined) counter.shared = Math.max(counter.shared, total);
      }
    } catch (error) {
      // Kept for the next flush; meanwhile decisions go on from the counts here.
      for (const [counter, count] of sent) {
        counter.pending += count;
        if (counters.get(counter.key) !== counter && leftovers.length < maxKeys) leftovers.push(counter);
      }
      log(`rate limit "${name}": flush failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function flush(): Promise<void> {
    while (flushing) await flushing;
    flushing = flushOnce().finally(() => (flushing = null));
    return flushing;
  }

  return {
    hit(key, now = Date.now()) {
      const window = Math.floor(now / windowMs);
      let counter = counters.get(key);
      if (!counter || counter.window !== window) {
        if (!counter && counters.size >= maxKeys) prune(window);
        // A window that turned with hits unsent: they are still added to the old window's row.
        if (counter && counter.pending > 0) leftovers.push(counter);
        counter = { key, window, shared: 0, pending: 0 };
        counters.set(key, counter);
      }
      counter.pending += 1;
      const count = counter.shared + counter.pending;
      return {
        allowed: count <= limit,
        limit,
        remaining: Math.max(0, limit - count),
        resetSeconds: Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000)),
        windowSeconds: Math.round(windowMs / 1000),
      };
    },
    flush,
    start(flushMs) {
      timer = setInterval(() => void flush(), flushMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
  };
}
