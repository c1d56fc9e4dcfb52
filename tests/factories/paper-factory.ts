import type { PaperUpsert } from '@/lib/papers/mutations';
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
export function buildListedPaper(day: string, rank: number, overrides: Partial<PaperRecordInput> = {}): PaperUpsert {
  return { paper: buildPaper(overrides), listing: { day, rank, submittedBy: null, source: 'test' } };
}
