import type { SqlConnection } from '@/lib/ingest/store/connection';

/**
 * SQLite's search index during and after bulk imports (docs/decisions/023-sqlite-search-at-a-million.md).
 *
 * The rule the search migrations' triggers keep: every paper whose id is at most
 * "PaperSearchState"."indexedThrough" is in "PaperSearch", none above it is. A bulk import holds
 * a lease ("bulkLoadUntil") that tells the insert trigger to leave new papers alone, and indexes
 * them here instead, in chunks of one INSERT … SELECT each: FTS5 then tokenizes a chunk into a
 * few large segments instead of one small segment per 2,000-paper batch, and the writer skips a
 * trigger per paper. Updates and deletes of indexed papers still go through the triggers.
 */

/** Papers indexed per transaction: ~1 s of the write lock each, so the app's writes get turns. */
const CHUNK = 25_000;
/** A bulk load indexes what it wrote when this many papers wait, or this long after the last time. */
export const CATCH_UP_EVERY = 200_000;
export const CATCH_UP_AFTER_MS = 15_000;
/**
 * How long a lease lasts unless renewed (every batch renews it). A killed import's lease runs
 * out by itself, and the next insert outside a bulk load indexes what it left behind.
 */
const LEASE_SECONDS = 120;

const INDEX_RANGE = `INSERT INTO "PaperSearch" ("rowid", "title", "abstract", "authors")
  SELECT p."id", p."title", p."abstract",
    (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = p."id" ORDER BY "position"))
  FROM "Paper" p WHERE p."id" > ? AND p."id" <= ? ORDER BY p."id"`;

interface Backlog {
  indexedThrough: number;
  newest: number;
}

async function readBacklog(sql: SqlConnection): Promise<Backlog> {
  const [row] = await sql.all<{ indexedThrough: number; newest: number | null }>(
    'SELECT "indexedThrough", (SELECT MAX("id") FROM "Paper") AS "newest" FROM "PaperSearchState"',
  );
  if (!row) throw new Error('PaperSearchState is empty: apply the database migrations (npm run db:migrate)');
  return { indexedThrough: Number(row.indexedThrough), newest: Number(row.newest ?? 0) };
}

/** Papers not yet in the search index (written by a bulk load that has not caught up). */
export async function searchBacklog(sql: SqlConnection): Promise<number> {
  const { indexedThrough, newest } = await readBacklog(sql);
  return Math.max(0, newest - indexedThrough);
}

/**
 * Indexes every paper above the mark, a chunk per transaction, and returns how many ids it
 * covered. With `endLease`, the last transaction also ends the bulk load's lease, so the
 * triggers take over with nothing left behind. Safe to run at any time, from any process: each
 * chunk re-reads the mark under the write lock.
 */
export async function catchUpSearchIndex(sql: SqlConnection, options: { endLease?: boolean; onChunk?: (done: number, total: number) => void } = {}): Promise<number> {
  const start = await readBacklog(sql);
  const total = Math.max(0, start.newest - start.indexedThrough);
  let done = 0;
  for (;;) {
    const finished = await sql.transaction(async () => {
      const { indexedThrough, newest } = await readBacklog(sql);
      const through = Math.min(newest, indexedThrough + CHUNK);
      if (through > indexedThrough) {
        await sql.run(INDEX_RANGE, [indexedThrough, through]);
        await sql.run('UPDATE "PaperSearchState" SET "indexedThrough" = ?', [through]);
        done += through - indexedThrough;
      }
      const last = through >= newest;
      if (last && options.endLease) await sql.run('UPDATE "PaperSearchState" SET "bulkLoadUntil" = 0');
      return last;
    });
    options.onChunk?.(Math.min(done, total), total);
    if (finished) return done;
  }
}

/** Takes or renews the bulk-load lease: until it runs out, new papers wait for catch-up. */
export async function renewBulkLoadLease(sql: SqlConnection): Promise<void> {
  await sql.run('UPDATE "PaperSearchState" SET "bulkLoadUntil" = unixepoch() + ?', [LEASE_SECONDS]);
}
