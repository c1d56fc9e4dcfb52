import { startSearchBulkLoad, type SearchBulkLoad } from '@/lib/search/bulk-load';
import type { ChangedPaper } from '@/lib/revalidate/import-changes';
import { prepareItem, type ListingMode, type Prepared } from './prepare';
import { openSqlConnection, type SqlConnection } from './store/connection';
import { buildQueuedSearchDocuments, deferSearchDocuments, type SearchQueueProgress } from './store/postgres-search-queue';
import { emptySummary, type IngestSummary } from './summary';
import type { Authority, Rejection, SourceItem, SourceName } from './types';
import { writeBatch, type RecordOutcome } from './write-batch';
import { identityKey, type IngestRecord } from './write-plan';

export type { ListingMode } from './prepare';

export interface IngestSettings {
  source: SourceName;
  authority: Authority;
  listing: ListingMode;
  /** Papers per transaction. */
  batchSize?: number;
  /** Stop after this many records read. */
  limit?: number;
  /** Called after each batch is committed, with the running totals. */
  onBatch?: (summary: IngestSummary) => void;
  /** Called for each bad record. */
  onReject?: (rejection: Rejection) => void;
  /** PostgreSQL: called as the search documents of the run are built after its papers. */
  onSearchDocuments?: (progress: SearchQueueProgress) => void;
  /** Called for each paper created or updated, once its batch is committed (what pages to drop). */
  onChanged?: (paper: ChangedPaper) => void;
}

export const DEFAULT_BATCH_SIZE = 2_000;

/** Imports a source's items: each is prepared (validated) here, then written. */
export async function runIngest(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, settings: IngestSettings): Promise<IngestSummary> {
  async function* prepared(): AsyncGenerator<Prepared[]> {
    for await (const item of items) yield [prepareItem(item, settings.listing)];
  }
  return runPrepared(prepared(), settings);
}

/**
 * The shared half of every import: batches prepared records, writes each batch in one
 * transaction and keeps the tally. Bad records are reported and skipped; they never stop the
 * run or reach the database.
 */
export async function runPrepared(chunks: AsyncIterable<Prepared[]>, settings: IngestSettings): Promise<IngestSummary> {
  const summary = emptySummary();
  const batchSize = settings.batchSize ?? DEFAULT_BATCH_SIZE;
  const context = { source: settings.source, authority: settings.authority, explicitListing: settings.listing.mode === 'on' };
  let batch: IngestRecord[] = [];
  let ids = new Set<string>();
  const sql = await openSqlConnection();
  // On SQLite the import indexes its new papers for search in chunks (docs/decisions/023);
  // on PostgreSQL their search documents are built after the papers (decision 024).
  let searchIndex: SearchBulkLoad | undefined;
  if (sql.engine === 'postgresql') await deferSearchDocuments(sql);

  const skip = (reason: string) => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
  };
  const reject = (rejection: Rejection) => {
    skip(rejection.reason);
    settings.onReject?.(rejection);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await writeWithFallback(sql, batch, context, reject);
    outcomes.forEach((outcome, index) => {
      if (outcome === null) return;
      if (outcome.status === 'skipped') return skip(outcome.reason);
      summary[outcome.status] += 1;
      if (outcome.status !== 'unchanged') settings.onChanged?.({ slug: outcome.slug, days: outcome.days, categories: batch[index]?.paper.categories ?? [] });
    });
    batch = [];
    ids = new Set();
    await searchIndex?.afterBatch();
    settings.onBatch?.(summary);
  };

  try {
    searchIndex = await startSearchBulkLoad(sql);
    reading: for await (const chunk of chunks) {
      for (const item of chunk) {
        if (settings.limit !== undefined && summary.read >= settings.limit) break reading;
        summary.read += 1;
        if (item.kind === 'skip') skip(item.reason);
        else if (item.kind === 'reject') reject(item.rejection);
        else {
          // One paper twice in a batch would race itself; the earlier copy is written first.
          const key = identityKey(item.record.paper);
          if (ids.has(key)) await flush();
          batch.push(item.record);
          ids.add(key);
          if (batch.length >= batchSize) await flush();
        }
      }
    }
    await flush();
    await searchIndex?.finish();
    if (sql.engine === 'postgresql') await buildQueuedSearchDocuments(sql, settings.onSearchDocuments);
    if (summary.created + summary.updated >= REFRESH_STATISTICS_AFTER) await refreshStatistics(sql);
    return summary;
  } finally {
    await sql.close();
  }
}

/** Rows written after which the planner's statistics are refreshed (cheap next to the import). */
const REFRESH_STATISTICS_AFTER = 10_000;

/**
 * After a bulk load the query planner still has the statistics of the smaller catalogue (or
 * none), and picks scans: at 1M papers on PostgreSQL a day page's queries took 130 ms before
 * ANALYZE and 28 ms after. Autovacuum would get there eventually; readers should not wait.
 */
async function refreshStatistics(sql: SqlConnection): Promise<void> {
  await sql.run(sql.engine === 'postgresql' ? 'ANALYZE "Paper", "PaperAuthor", "PaperCategory", "PaperLink", "Listing"' : 'PRAGMA optimize');
}

/**
 * A batch the database refuses as a whole (a value one engine will not store) is retried one
 * paper per transaction, so only the offending papers are lost, each reported. When the
 * database itself is unreachable, the run stops instead of blaming every record.
 */
async function writeWithFallback(
  sql: SqlConnection,
  batch: IngestRecord[],
  context: Parameters<typeof writeBatch>[2],
  reject: (rejection: Rejection) => void,
): Promise<(RecordOutcome | null)[]> {
  try {
    return await writeBatch(sql, batch, context);
  } catch (batchError) {
    await assertDatabaseReachable(sql, batchError);
    const outcomes: (RecordOutcome | null)[] = [];
    for (const record of batch) {
      try {
        outcomes.push(...(await writeBatch(sql, [record], context)));
      } catch (error) {
        await assertDatabaseReachable(sql, error);
        reject({ position: record.position, reason: 'refused by the database', detail: lastLine(error) });
        outcomes.push(null);
      }
    }
    return outcomes;
  }
}

async function assertDatabaseReachable(sql: SqlConnection, cause: unknown): Promise<void> {
  try {
    await sql.all('SELECT 1');
  } catch {
    throw cause;
  }
}

function lastLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).trim().split('\n').at(-1) ?? '';
}
