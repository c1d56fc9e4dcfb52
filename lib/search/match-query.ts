import type { SearchTerm } from './query-terms';

/** What both engines are asked: one page of ranked matches for already-sanitised terms. */
export interface MatchQuery {
  terms: readonly SearchTerm[];
  /** all: every term must match (the search box); any: rank by how many match (similar papers). */
  mode: 'all' | 'any';
  category?: string | undefined;
  /** Publication dates, inclusive, as YYYY-MM-DD (UTC). */
  from?: string | undefined;
  to?: string | undefined;
  excludeId?: number | undefined;
  /** Only papers whose row id is in this range (inclusive): bounds the work of an OR query. */
  idRange?: { from: number; to: number } | undefined;
  limit: number;
  offset: number;
}

/** The day after a YYYY-MM-DD date: "published on or before `to`" is "before the next day". */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Snippet length in words (FTS5 allows at most 64). */
export const SNIPPET_WORDS = 36;
