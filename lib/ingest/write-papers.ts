import { parseCalendarDate } from '@/lib/dates/feed-day';
import type { PaperRecordInput } from '@/lib/papers/schema';
import { preparePaper } from './prepare';
import { openSqlConnection, type SqlConnection } from './store/connection';
import type { ListingRequest } from './types';
import { writeBatch, type RecordOutcome } from './write-batch';
import { identityKey, type BatchContext, type IngestRecord } from './write-plan';

export type { BatchContext as WriteContext } from './write-plan';
export type { RecordOutcome as PaperWriteResult } from './write-batch';

/** One paper for {@link writePapers}: the record and where the feed lists it (null: catalogue only). */
export interface PaperWrite {
  paper: PaperRecordInput;
  listing: ListingRequest | null;
}

/** A record {@link writePapers} refused before writing anything, named by its place in the input. */
export class InvalidPaperError extends Error {
  override name = 'InvalidPaperError';
}

/**
 * Writes papers given in code (the seed, test factories and fixtures) through the importers'
 * write path (write-batch.ts), with the same validation, change detection and merge rules.
 * Every record is checked first: one invalid record writes nothing. The papers go in one
 * transaction, or one per run of distinct papers when the same paper comes twice.
 */
export async function writePapers(writes: readonly PaperWrite[], context: BatchContext, connection?: SqlConnection): Promise<RecordOutcome[]> {
  const records = writes.map(({ paper, listing }, index) => {
    if (listing && (parseCalendarDate(listing.day) === null || (listing.rank !== null && !(Number.isInteger(listing.rank) && listing.rank > 0)))) {
      throw new InvalidPaperError(`record ${index + 1}: invalid listing (day ${listing.day}, rank ${listing.rank})`);
    }
    const prepared = preparePaper(`record ${index + 1}`, paper, listing);
    if (prepared.kind === 'reject') {
      const { position, reason, detail } = prepared.rejection;
      throw new InvalidPaperError(`${position}: ${reason}${detail ? ` (${detail})` : ''}`);
    }
    return prepared.record;
  });
  const sql = connection ?? (await openSqlConnection());
  try {
    const outcomes: RecordOutcome[] = [];
    for (const batch of distinctRuns(records)) outcomes.push(...(await writeBatch(sql, batch, context)));
    return outcomes;
  } finally {
    if (!connection) await sql.close();
  }
}

/** Splits where a paper comes again, so a batch never races itself (as the pipeline does). */
function distinctRuns(records: IngestRecord[]): IngestRecord[][] {
  const runs: IngestRecord[][] = [[]];
  let keys = new Set<string>();
  for (const record of records) {
    const key = identityKey(record.paper);
    if (keys.has(key)) {
      runs.push([]);
      keys = new Set();
    }
    keys.add(key);
    runs.at(-1)?.push(record);
  }
  return runs.filter((run) => run.length > 0);
}
