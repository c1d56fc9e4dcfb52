import { openSqlConnection, type SqlConnection } from './connection';

/**
 * PostgreSQL imports build search documents after their papers, set-based
 * (docs/decisions/024-postgresql-search-and-import-at-scale.md). While an import session has
 * `daily_papers.defer_search` on, the search triggers only queue the ids of changed papers in
 * "PaperSearchQueue" (same transaction as the change, so a crash loses nothing); the import then
 * rebuilds those documents in big chunks on both cores. Writing a paper and its authors used to
 * tokenise its text twice (once at the paper's INSERT, once at its authors'), one statement of
 * 500 rows at a time, and kept the GIN index busy on the write path.
 */
export async function deferSearchDocuments(sql: SqlConnection): Promise<void> {
  await sql.run(`SET daily_papers.defer_search = 'on'`);
}

/** Ids per transaction when documents are rebuilt: big enough for set-based work, small enough to show progress. */
const CHUNK = 10_000;
/** Connections that rebuild documents at once (the machine's cores: to_tsvector is CPU-bound). */
const WORKERS = 2;
/** A load at least this many times the documents already indexed rebuilds the GIN index instead of inserting into it. */
const REBUILD_FACTOR = 1;
/** Below this many queued documents (a daily import, `papers add`) the index is never rebuilt, only added to. */
const REBUILD_MINIMUM = 10_000;
/** Memory for the index build; the server's default (64 MB) makes a 1M-document GIN build spill to disk. */
const INDEX_BUILD_MEMORY = '256MB';

/** The search index of "PaperSearch", as the migrations create it: RUM where its extension is, else GIN. */
const GIN_INDEX = { name: 'PaperSearch_document_idx', definition: `CREATE INDEX IF NOT EXISTS "PaperSearch_document_idx" ON "PaperSearch" USING GIN ("document")` };
const RUM_INDEX = {
  name: 'PaperSearch_document_rum_idx',
  definition: `CREATE INDEX IF NOT EXISTS "PaperSearch_document_rum_idx" ON "PaperSearch" USING rum ("document" rum_tsvector_ops)`,
};

export interface SearchQueueProgress {
  done: number;
  total: number;
  phase: 'documents' | 'index';
}

/**
 * Builds the search documents an import queued (this run's, and any a killed run left), then
 * makes sure the search index exists. When the queue is large next to the index (a first load),
 * the index is dropped first and built again once at the end: one sorted build is many times
 * cheaper than a million insertions into it, and meanwhile search still answers (by scanning).
 */
export async function buildQueuedSearchDocuments(sql: SqlConnection, onProgress?: (progress: SearchQueueProgress) => void): Promise<number> {
  const [counts] = await sql.all<{ queued: string; indexed: string }>(
    `SELECT (SELECT count(*) FROM "PaperSearchQueue") AS "queued", (SELECT reltuples::bigint FROM pg_class WHERE oid = '"PaperSearch"'::regclass) AS "indexed"`,
  );
  const total = Number(counts?.queued ?? 0);
  const indexed = Math.max(0, Number(counts?.indexed ?? 0));
  const rebuild = total >= REBUILD_MINIMUM && total >= indexed * REBUILD_FACTOR;
  if (rebuild) for (const { name } of [GIN_INDEX, RUM_INDEX]) await sql.run(`DROP INDEX IF EXISTS "${name}"`);
  let done = 0;
  if (total > 0) {
    onProgress?.({ done: 0, total, phase: 'documents' });
    const helpers = total > CHUNK ? WORKERS - 1 : 0;
    const sessions = await Promise.all(Array.from({ length: helpers }, () => openSqlConnection()));
    try {
      await Promise.all(
        [sql, ...sessions].map(async (session) => {
          for (;;) {
            const built = await buildChunk(session);
            if (built === 0) return;
            done += built;
            onProgress?.({ done: Math.min(done, total), total, phase: 'documents' });
          }
        }),
      );
    } finally {
      await Promise.all(sessions.map((session) => session.close()));
    }
  }
  await ensureSearchIndexes(sql, () => onProgress?.({ done, total, phase: 'index' }));
  if (total >= REBUILD_MINIMUM) await sql.run('ANALYZE "PaperSearch"');
  return done;
}

/** Takes up to CHUNK queued ids no other session holds and rebuilds their documents, in one transaction. */
async function buildChunk(sql: SqlConnection): Promise<number> {
  return sql.transaction(async () => {
    const rows = await sql.all<{ paperId: number }>(
      `DELETE FROM "PaperSearchQueue" WHERE "paperId" IN (SELECT "paperId" FROM "PaperSearchQueue" ORDER BY "paperId" LIMIT ${CHUNK} FOR UPDATE SKIP LOCKED) RETURNING "paperId"`,
    );
    if (rows.length === 0) return 0;
    await sql.run('SELECT "paper_search_refresh"(?::integer[])', [`{${rows.map((row) => Number(row.paperId)).join(',')}}`]);
    return rows.length;
  });
}

/** Creates whichever search index is missing (a first load dropped it, or a killed one left it dropped). */
async function ensureSearchIndexes(sql: SqlConnection, onBuild: () => void): Promise<void> {
  const present = new Set(
    (await sql.all<{ name: string }>(`SELECT indexname AS "name" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'PaperSearch'`)).map((row) => row.name),
  );
  // RUM answers `@@` as GIN does and ranks too: where it is, GIN is not needed (migration *_search_rum).
  const wanted = (await hasRum(sql)) ? RUM_INDEX : GIN_INDEX;
  if (!present.has(wanted.name)) {
    onBuild();
    await sql.run(`SET maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
    try {
      await sql.run(wanted.definition);
    } finally {
      await sql.run('RESET maintenance_work_mem');
    }
  }
  // With both, the planner prefers GIN's bitmap scan, which sorts every match.
  if (wanted === RUM_INDEX && present.has(GIN_INDEX.name)) await sql.run(`DROP INDEX IF EXISTS "${GIN_INDEX.name}"`);
}

/**
 * Whether the rum extension is (or can now be) created in this database: the search migration
 * skips it where the server lacks the package, so installing the package later and importing
 * is enough. A role that may not create extensions keeps the plain GIN search.
 */
async function hasRum(sql: SqlConnection): Promise<boolean> {
  const [row] = await sql.all<{ available: boolean; installed: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') AS "available", EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum') AS "installed"`,
  );
  if (row?.installed) return true;
  if (!row?.available) return false;
  try {
    await sql.run('CREATE EXTENSION IF NOT EXISTS rum');
    return true;
  } catch {
    return false;
  }
}
