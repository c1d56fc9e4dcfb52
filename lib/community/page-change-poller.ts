import { db } from '@/lib/db';

/**
 * Every instance reads the PageChange rows the others wrote (votes, comments, imports) and
 * drops those pages from its own caches, and the rest of each cache stays warm (docs/decisions/
 * 019, 026). On PostgreSQL a NOTIFY nudges a poll at once (page-change-listener.ts), and the
 * interval is only the safety net; on SQLite the interval (PAGE_CHANGES_POLL_MS) is the delay.
 *
 * Rows are read by id, from the largest id there was when the instance started. On PostgreSQL
 * ids are handed out before commit, so a slow insert can commit after a larger id was already
 * read: a gap in the ids is remembered and asked for again on the next polls, for a minute.
 */
export const PAGE_CHANGE_MAX_AGE_MS = 24 * 3_600_000;
const GAP_PATIENCE_MS = 60_000;
const BATCH = 5_000;
const PRUNE_EVERY_MS = 3_600_000;

export interface PageChangePollerOptions {
  /** This instance (instanceId()): its own rows were applied when written. */
  origin: string;
  /** Drops the paths from this instance's caches; a rejection keeps them for the next poll. */
  apply: (paths: string[]) => Promise<void>;
  now?: () => number;
}

export interface PageChangePoller {
  /** One poll: returns the paths applied. */
  poll(): Promise<string[]>;
  /**
   * Polls every `intervalMs` until stopped (one poll at a time; errors are logged, not thrown).
   * While `slow?.when()` holds (a LISTEN connection is up), only every `slow.intervalMs`: the
   * safety net for a notification lost in between.
   */
  start(intervalMs: number, slow?: { intervalMs: number; when: () => boolean }): void;
  /**
   * Polls now (a NOTIFY arrived): one poll at a time, and a nudge during a poll runs one more
   * after it, so a row committed meanwhile is not left for the next interval.
   */
  nudge(): void;
  stop(): void;
}

export async function createPageChangePoller({ origin, apply, now = Date.now }: PageChangePollerOptions): Promise<PageChangePoller> {
  const { _max } = await db.pageChange.aggregate({ _max: { id: true } });
  let lastId = _max.id ?? 0;
  const gaps = new Map<number, number>(); // id → when first missed
  let nextPrune = 0;
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  async function poll(): Promise<string[]> {
    const at = now();
    for (const [id, since] of gaps) if (at - since > GAP_PATIENCE_MS) gaps.delete(id);
    const rows = await db.pageChange.findMany({
      where: gaps.size > 0 ? { OR: [{ id: { gt: lastId } }, { id: { in: [...gaps.keys()] } }] } : { id: { gt: lastId } },
      orderBy: { id: 'asc' },
      take: BATCH,
      select: { id: true, path: true, origin: true },
    });
    const paths = [...new Set(rows.filter((row) => row.origin !== origin).map((row) => row.path))];
    if (paths.length > 0) await apply(paths);
    // Only once applied: a failed drop is tried again on the next poll.
    let expected = lastId + 1;
    for (const row of rows) {
      gaps.delete(row.id);
      if (row.id > lastId) {
        for (let missing = expected; missing < row.id && gaps.size < BATCH; missing += 1) gaps.set(missing, at);
        expected = row.id + 1;
        lastId = row.id;
      }
    }
    if (at >= nextPrune) {
      nextPrune = at + PRUNE_EVERY_MS;
      await db.pageChange.deleteMany({ where: { createdAt: { lt: new Date(at - PAGE_CHANGE_MAX_AGE_MS) } } });
    }
    return paths;
  }

  let again = false;
  let lastPollAt = 0;
  function nudge(): void {
    if (running) {
      again = true;
      return;
    }
    running = true;
    lastPollAt = now();
    again = false;
    poll()
      .catch((error: unknown) => console.error('page changes: poll failed:', error instanceof Error ? error.message : error))
      .finally(() => {
        running = false;
        if (again) nudge();
      });
  }

  return {
    poll,
    nudge,
    start(intervalMs, slow) {
      timer = setInterval(() => {
        if (running || (slow?.when() && now() - lastPollAt < slow.intervalMs)) return;
        nudge();
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
