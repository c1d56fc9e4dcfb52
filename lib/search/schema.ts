import { z } from 'zod';
import { MAX_QUERY_LENGTH } from './query-terms';

export const SEARCH_PAGE_SIZE = 20;
/** Deep pages cost an OFFSET scan and nobody reads them: past this, refine the query. */
export const MAX_SEARCH_PAGE = 50;

/** One query-string value (Next gives string | string[] | undefined), its first value. */
const firstValue = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.unknown());

/**
 * What /search and /api/papers/search accept. Every field falls back instead of failing:
 * a mangled link still shows a page of results, never an error.
 */
export const searchInputSchema = z.object({
  q: firstValue.pipe(z.string().transform((text) => text.slice(0, MAX_QUERY_LENGTH * 4).trim())).catch(''),
  // arXiv category codes: cs.LG, hep-th, math.GT.
  category: firstValue.pipe(z.string().trim().regex(/^[a-z-]{2,16}(?:\.[A-Za-z-]{1,8})?$/)).optional().catch(undefined),
  from: firstValue.pipe(z.iso.date()).optional().catch(undefined),
  to: firstValue.pipe(z.iso.date()).optional().catch(undefined),
  page: firstValue.pipe(z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE)).catch(1),
});

export type SearchInput = z.infer<typeof searchInputSchema>;
/** Query-string values as Next's searchParams or URLSearchParams give them. */
export type SearchInputRaw = Partial<Record<keyof SearchInput, string | string[] | undefined>>;
