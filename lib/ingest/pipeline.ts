import { db } from '@/lib/db';
import { hashPaperMetadata } from '@/lib/papers/fingerprint';
import { paperRecordSchema, type PaperRecord } from '@/lib/papers/schema';
import type { FeedDay } from '@/lib/dates/feed-day';
import { withoutDerivedLinks } from './links';
import { emptySummary, type IngestSummary } from './summary';
import type { Authority, ListingRequest, Rejection, SourceItem, SourceName } from './types';
import { writeBatch, type RecordOutcome } from './write-batch';
import type { IngestRecord } from './write-plan';

export type ListingMode = { mode: 'source' } | { mode: 'none' } | { mode: 'on'; day: FeedDay };

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
}

export const DEFAULT_BATCH_SIZE = 2_000;

/**
 * The shared half of every import: validates each record against the normalised schema,
 * batches them, writes each batch in one transaction and keeps the tally. Bad records are
 * reported and skipped; they never stop the run or reach the database.
 */
export async function runIngest(items: AsyncIterable<SourceItem>, settings: IngestSettings): Promise<IngestSummary> {
  const summary = emptySummary();
  const batchSize = settings.batchSize ?? DEFAULT_BATCH_SIZE;
  const context = { source: settings.source, authority: settings.authority, explicitListing: settings.listing.mode === 'on' };
  let batch: IngestRecord[] = [];
  let ids = new Set<string>();

  const skip = (reason: string) => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
  };
  const reject = (rejection: Rejection) => {
    skip(rejection.reason);
    settings.onReject?.(rejection);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await writeWithFallback(batch, context, reject);
    for (const outcome of outcomes) {
      if (outcome === null) continue;
      if (outcome.status === 'skipped') skip(outcome.reason);
      else summary[outcome.status] += 1;
    }
    batch = [];
    ids = new Set();
    settings.onBatch?.(summary);
  };

  for await (const item of items) {
    if (settings.limit !== undefined && summary.read >= settings.limit) break;
    summary.read += 1;
    if (item.kind === 'skip') {
      if (item.bad) reject({ position: item.position, reason: item.reason, detail: item.detail });
      else skip(item.reason);
      continue;
    }
    const parsed = paperRecordSchema.safeParse(item.paper);
    if (!parsed.success || parsed.data.arxivId === null) {
      const issue = parsed.error?.issues[0];
      reject({ position: item.position, reason: issue ? `invalid ${issue.path.join('.') || 'record'}` : 'missing id', detail: issue?.message });
      continue;
    }
    const paper = normalise(parsed.data as PaperRecord & { arxivId: string });
    // One paper twice in a batch would race itself; the earlier copy is written first.
    if (ids.has(paper.arxivId)) await flush();
    batch.push({ position: item.position, paper, hash: hashPaperMetadata(paper), listing: resolveListing(item.listing, settings.listing) });
    ids.add(paper.arxivId);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

function normalise(paper: PaperRecord & { arxivId: string }): PaperRecord & { arxivId: string } {
  const withoutDerived = withoutDerivedLinks(paper) as PaperRecord & { arxivId: string };
  const categories = [...new Set(withoutDerived.categories)];
  const seen = new Set<string>();
  const links = withoutDerived.links.filter((link) => !seen.has(`${link.kind} ${link.url}`) && Boolean(seen.add(`${link.kind} ${link.url}`)));
  return { ...withoutDerived, categories, links };
}

function resolveListing(request: ListingRequest | null, mode: ListingMode): ListingRequest | null {
  if (mode.mode === 'none') return null;
  if (mode.mode === 'on') return { day: mode.day, rank: request?.rank ?? null, submittedBy: request?.submittedBy ?? null };
  return request;
}

/**
 * A batch the database refuses as a whole (a value one engine will not store) is retried one
 * paper per transaction, so only the offending papers are lost, each reported. When the
 * database itself is unreachable, the run stops instead of blaming every record.
 */
async function writeWithFallback(
  batch: IngestRecord[],
  context: Parameters<typeof writeBatch>[1],
  reject: (rejection: Rejection) => void,
): Promise<(RecordOutcome | null)[]> {
  try {
    return await writeBatch(batch, context);
  } catch (batchError) {
    await assertDatabaseReachable(batchError);
    const outcomes: (RecordOutcome | null)[] = [];
    for (const record of batch) {
      try {
        outcomes.push(...(await writeBatch([record], context)));
      } catch (error) {
        await assertDatabaseReachable(error);
        reject({ position: record.position, reason: 'refused by the database', detail: firstLine(error) });
        outcomes.push(null);
      }
    }
    return outcomes;
  }
}

async function assertDatabaseReachable(cause: unknown): Promise<void> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    throw cause;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).trim().split('\n').at(-1) ?? '';
}
