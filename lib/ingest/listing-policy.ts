import type { FeedDay } from '@/lib/dates/feed-day';
import type { ListingRequest, SourceName } from './types';

export interface StoredListing {
  day: string;
  rank: number;
  submittedBy: string | null;
  source: string;
}

/** What to write; a null rank is filled in with the next free rank on that day. */
export interface ListingWrite {
  day: FeedDay;
  rank: number | null;
  submittedBy: string | null;
  /** Written only when the listing is created: a later write never moves the credit elsewhere. */
  submittedById?: string | null;
  source: SourceName;
}

const ARXIV_SOURCES: readonly string[] = ['arxiv', 'oai', 'snapshot'];
const PLACING_SOURCES: readonly string[] = ['seed', 'test'];

/**
 * Which feed day a paper ends up on when an import asks for `request` (docs/decisions/
 * 007-ingest.md). A paper is listed once. The first listing sticks, so re-imports and newer
 * versions never move it, except that:
 * - the operator (`--list-on`, `papers add`), the seed and test fixtures put it where they say;
 * - Hugging Face, a curated feed, takes over a day an arXiv source guessed from the submission
 *   date, moves its own listing to an earlier day it was featured on, and updates the rank and
 *   submitter on the same day (upvotes keep changing for a week or two).
 * A reader's submission only ever creates a listing, and no import takes it over: Hugging Face
 * and arXiv re-imports leave it (and its submitter) as it is; the operator may move it, and the
 * reader keeps the credit (docs/decisions/021-paper-submissions.md).
 * Returns null when the stored listing stays as it is.
 */
export function planListing(
  stored: StoredListing | null,
  request: ListingRequest,
  source: SourceName,
  explicit: boolean,
): ListingWrite | null {
  // An importer told where to list (--list-on, papers add) lists as the operator; the seed and
  // test fixtures are files that name their own days, and keep their own name.
  const write: ListingWrite = { ...request, source: explicit && !PLACING_SOURCES.includes(source) ? 'operator' : source };
  if (!stored) return write;
  if (source === 'submission') return null;
  const sameDay = stored.day === request.day;
  const refresh = sameDay && (request.rank ?? stored.rank) !== stored.rank;
  const resubmit = sameDay && request.submittedBy !== null && request.submittedBy !== stored.submittedBy;
  // On the same day, the listing keeps its rank unless the request names one.
  const keepRank = sameDay ? { ...write, rank: request.rank ?? stored.rank } : write;

  if (explicit) {
    const credited = stored.source === 'submission' && request.submittedBy === null ? { ...keepRank, submittedBy: stored.submittedBy } : keepRank;
    return !sameDay || refresh || resubmit || stored.source !== write.source ? credited : null;
  }
  if (source !== 'hf') return null;
  if (ARXIV_SOURCES.includes(stored.source)) return write;
  if (stored.source !== 'hf') return null;
  if (request.day < stored.day) return write;
  return refresh || resubmit ? keepRank : null;
}
