import { db } from '@/lib/db';
import { formatInstantDate, todayUtc } from '@/lib/dates/feed-day';
import type { PoliteClient } from '@/lib/ingest/http/polite-client';
import { lookUpArxivPaper } from '@/lib/ingest/sources/arxiv-lookup';
import { inPrismaTransaction } from '@/lib/ingest/store/prisma-transaction';
import type { SqlConnection } from '@/lib/ingest/store/connection';
import type { SourceItem } from '@/lib/ingest/types';
import { writePapers } from '@/lib/ingest/write-papers';
import { parseSubmissionReference } from './reference';
import { decideFromState, readSubmissionState } from './state';
import { refuse, type SubmissionLimits, type SubmissionResult, type Submitter } from './types';
import { describeLookupFailure } from './lookup-failure';

const DAY_MS = 86_400_000;
// Any fixed number: every submission takes this one transaction-scoped lock on PostgreSQL.
const SUBMISSION_LOCK = 72_707_370;

export interface SubmitOptions {
  client: PoliteClient;
  /** ARXIV_API_URL. */
  apiUrl: string;
  limits: SubmissionLimits;
  now?: Date;
}

/**
 * A reader's "Submit a paper" (docs/decisions/021-paper-submissions.md): the paper is looked up
 * on arXiv first, and only then written, in one transaction, through the importers' write path,
 * listed at the end of today's (UTC) list with the reader as its submitter. A failed lookup
 * writes nothing. The checks are made twice: before asking arXiv (no lookup for a paper already
 * listed or a reader at their limit), and again inside the transaction, which submissions take
 * one at a time, so two at once can neither both pass the daily limit nor both list the paper.
 */
export async function submitPaper(reference: string, submitter: Submitter, options: SubmitOptions): Promise<SubmissionResult> {
  const shown = reference.trim();
  if (!shown) return refuse('invalid', 'Paste an arXiv id or link first.');
  const ref = parseSubmissionReference(shown);
  if (!ref) {
    const quoted = shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
    return refuse('invalid', `“${quoted}” is not an arXiv id or link. Paste an id such as 2409.01234 or a link such as https://arxiv.org/abs/2409.01234.`);
  }
  const now = options.now ?? new Date();
  const today = todayUtc(now);
  const early = decideFromState(await readSubmissionState(db, ref.id, submitter.id, today), submitter, ref.id, options.limits);
  if (early) return early;

  let item: SourceItem | null;
  try {
    item = await lookUpArxivPaper(ref, { client: options.client, baseUrl: options.apiUrl });
  } catch (error) {
    return describeLookupFailure(error, ref.id);
  }
  if (!item || (item.kind === 'paper' && item.paper.arxivId !== ref.id)) return refuse('unknown', `arXiv has no paper ${ref.id}. Check the id: recent ones look like 2409.01234.`);
  if (item.kind === 'skip') return refuse('unreadable', `arXiv’s record for ${ref.id} cannot be listed (${item.reason}).`);
  const publishedAt = item.paper.publishedAt ?? null;
  if (!publishedAt) return refuse('unreadable', `arXiv gives no publication date for ${ref.id}, so it cannot be listed.`);
  const { maxAgeDays } = options.limits;
  if (now.getTime() - publishedAt.getTime() > maxAgeDays * DAY_MS) {
    return refuse('too-old', `${ref.id} was first published on ${formatInstantDate(publishedAt)}, more than ${maxAgeDays} days ago. Only papers from the last ${maxAgeDays} days can be submitted.`);
  }
  const paper = item.paper;

  return inPrismaTransaction(async (sql, tx) => {
    await takeSubmissionLock(sql, submitter.id);
    const decided = decideFromState(await readSubmissionState(tx, ref.id, submitter.id, today), submitter, ref.id, options.limits);
    if (decided) return decided;
    const username = submitter.username ?? '';
    const [outcome] = await writePapers(
      [{ paper, listing: { day: today, rank: null, submittedBy: username, submittedById: submitter.id } }],
      { source: 'submission', authority: 'arxiv', explicitListing: false },
      sql,
    );
    const listed = await tx.paper.findUnique({ where: { arxivId: ref.id }, select: { id: true, slug: true, title: true, listing: { select: { submittedById: true } } } });
    if (!outcome || outcome.status === 'skipped' || !listed || listed.listing?.submittedById !== submitter.id) {
      // Only a stored record newer than arXiv's own latest (an unlikely mix of sources) gets here.
      throw new SubmissionWriteError(`The write path did not list ${ref.id} (${outcome?.status ?? 'no outcome'})`);
    }
    return { status: 'submitted', paperId: listed.id, slug: listed.slug, title: listed.title, day: today, repeated: false } satisfies SubmissionResult;
  });
}

export class SubmissionWriteError extends Error {
  override name = 'SubmissionWriteError';
}

/**
 * Submissions one at a time. PostgreSQL: a transaction-scoped advisory lock (rare writes, held
 * for milliseconds). SQLite: the first statement is a write, so the transaction holds the
 * database's write lock before it reads (a deferred transaction that reads first could fail to
 * upgrade when an import in another process committed in between).
 */
async function takeSubmissionLock(sql: SqlConnection, submitterId: string): Promise<void> {
  if (sql.engine === 'postgresql') await sql.run(`SELECT pg_advisory_xact_lock(${SUBMISSION_LOCK})`);
  else await sql.run('UPDATE "User" SET "role" = "role" WHERE "id" = ?', [submitterId]);
}
