import type { FeedDay } from '@/lib/dates/feed-day';
import type { Authority } from '@/lib/ingest/types';
import { writePapers, type PaperWrite, type PaperWriteResult } from '@/lib/ingest/write-papers';
import type { PaperRecordInput } from '@/lib/papers/schema';

let sequence = 0;

/** A realistic, unique paper record; override any field. */
export function buildPaper(overrides: Partial<PaperRecordInput> = {}): PaperRecordInput {
  sequence += 1;
  return {
    title: `A Study of Sparse Attention, Part ${sequence}`,
    abstract: `We study sparse attention patterns in transformer models (study ${sequence}).\nResults show\nconsistent gains.`,
    authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing', affiliation: 'University of Manchester' }],
    categories: ['cs.LG', 'cs.CL'],
    publishedAt: new Date('2025-09-03T17:59:00Z'),
    links: [],
    ...overrides,
  };
}

/** A paper listed on `day` at `rank`. */
export function buildListedPaper(day: string, rank: number, overrides: Partial<PaperRecordInput> = {}, submittedBy: string | null = null): PaperWrite {
  return { paper: buildPaper(overrides), listing: { day: day as FeedDay, rank, submittedBy } };
}

/**
 * Stores papers the way every importer does (lib/ingest/write-batch.ts), merge rules included:
 * as an arXiv source by default (it owns the bibliography), as Hugging Face with `curated`.
 * Listings go where they say. Throws, writing nothing, if a record is invalid.
 */
export function savePapers(writes: readonly PaperWrite[], options: { authority?: Authority } = {}): Promise<PaperWriteResult[]> {
  return writePapers(writes, { source: 'test', authority: options.authority ?? 'arxiv', explicitListing: true });
}
