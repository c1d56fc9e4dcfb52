import type { FeedDay } from '@/lib/dates/feed-day';
import type { PaperRecordInput } from '@/lib/papers/schema';

/**
 * Where a listing or a record came from; stored in Listing.source. `seed` is the shipped seed
 * days, `test` the test factories and fixtures: both place their papers where their files say.
 * `submission` is a reader's "Submit a paper" (lib/submissions, docs/decisions/021).
 */
export type SourceName = 'arxiv' | 'oai' | 'snapshot' | 'hf' | 'operator' | 'seed' | 'test' | 'submission';

/**
 * Which part of a paper a source is the authority for. arXiv sources carry the versioned
 * bibliographic record; curated sources (Hugging Face) carry upvotes, comments and code/project
 * links, and fill in the bibliography only for papers no arXiv source has described yet.
 */
export type Authority = 'arxiv' | 'curated';

/** The feed day a source wants a paper on. A null rank means "after the papers already there". */
export interface ListingRequest {
  day: FeedDay;
  rank: number | null;
  submittedBy: string | null;
  /** The local account that submitted it (submissions only); written when the listing is created. */
  submittedById?: string | null;
}

/** One unit a source yields: a paper to import, or a record it could not or would not use. */
export type SourceItem =
  | { kind: 'paper'; position: string; paper: PaperRecordInput; listing: ListingRequest | null }
  | { kind: 'skip'; position: string; reason: string; detail?: string; bad: boolean };

/**
 * What a source knows about the run's extent, for the progress display: bytes for files,
 * a record count for APIs that announce one.
 */
export interface SourceMeasure {
  bytesRead?: number;
  bytesTotal?: number;
  recordsTotal?: number;
}

export interface SourceRun {
  items: AsyncIterable<SourceItem>;
  measure(): SourceMeasure;
}

/** A bad record, reported with where it was and why it was skipped. */
export interface Rejection {
  position: string;
  reason: string;
  detail?: string;
}

/** The input is not the format the source reads at all: the run stops before writing anything. */
export class InputFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFormatError';
  }
}

/** A helper for sources: a skipped record that is bad data and must be reported. */
export function badRecord(position: string, reason: string, detail?: string): SourceItem {
  return { kind: 'skip', position, reason, detail, bad: true };
}
