import { openSqlConnection, type SqlConnection } from '@/lib/ingest/store/connection';
import { buildQueuedSearchDocuments } from '@/lib/ingest/store/postgres-search-queue';
import { CATCH_UP_AFTER_MS, CATCH_UP_EVERY, catchUpSearchIndex, renewBulkLoadLease, searchBacklog } from './sqlite-catch-up';

/** What an import tells the search index around its batches (lib/ingest/pipeline.ts). */
export interface SearchBulkLoad {
  /** After each committed batch. */
  afterBatch(): Promise<void>;
  /** After the last batch: everything written is searchable when this resolves. */
  finish(): Promise<void>;
}

const NOTHING: SearchBulkLoad = { afterBatch: async () => {}, finish: async () => {} };

/**
 * SQLite: new papers are indexed in chunks by the import itself, not one by one by the insert
 * trigger (sqlite-catch-up.ts); search lags the import by at most CATCH_UP_AFTER_MS or
 * CATCH_UP_EVERY papers, whichever comes first. PostgreSQL imports queue their search documents
 * and build them when the run ends (lib/ingest/store/postgres-search-queue.ts): nothing here.
 */
export async function startSearchBulkLoad(sql: SqlConnection): Promise<SearchBulkLoad> {
  if (sql.engine !== 'sqlite') return NOTHING;
  // What a killed import left unindexed is indexed first, so the backlog never grows past a run's.
  await catchUpSearchIndex(sql);
  await renewBulkLoadLease(sql);
  let caughtUpAt = Date.now();
  return {
    async afterBatch() {
      await renewBulkLoadLease(sql);
      if (Date.now() - caughtUpAt < CATCH_UP_AFTER_MS && (await searchBacklog(sql)) < CATCH_UP_EVERY) return;
      await catchUpSearchIndex(sql);
      caughtUpAt = Date.now();
    },
    finish: async () => {
      await catchUpSearchIndex(sql, { endLease: true });
    },
  };
}

/**
 * Indexes what a killed import left unindexed (SQLite: papers above the mark; PostgreSQL: the
 * queued search documents), for `npm start`; an
 * import does the same when it starts, and the next paper added after the lease ran out too.
 * Returns how many paper ids it covered.
 */
export async function catchUpSearchIndexNow(onChunk?: (done: number, total: number) => void): Promise<number> {
  const sql = await openSqlConnection();
  try {
    if (sql.engine === 'sqlite') return await catchUpSearchIndex(sql, { onChunk });
    // PostgreSQL: the search documents a killed import queued but never built (decision 024).
    return await buildQueuedSearchDocuments(sql, (progress) => onChunk?.(progress.done, progress.total));
  } finally {
    await sql.close();
  }
}
