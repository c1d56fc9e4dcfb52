import { findMatches } from './find-matches';
import { loadHits } from './load-hits';
import { parseSearchTerms } from './query-terms';
import { SEARCH_PAGE_SIZE, searchInputSchema, type SearchInputRaw } from './schema';
import type { SearchResults } from './types';

/**
 * Full-text search over titles, abstracts and authors, best match first, SEARCH_PAGE_SIZE per
 * page. Accepts raw query-string values: anything a person can type returns a page (maybe
 * empty), never an error. An arXiv id typed as the query is the caller's to redirect
 * (see findPaperByReference), since that is navigation, not search.
 */
export async function searchPapers(raw: SearchInputRaw): Promise<SearchResults> {
  const input = searchInputSchema.parse(raw);
  const terms = parseSearchTerms(input.q);
  const offset = (input.page - 1) * SEARCH_PAGE_SIZE;
  // One extra row tells whether a next page exists, without counting every match.
  const matches = await findMatches({
    terms,
    mode: 'all',
    category: input.category,
    from: input.from,
    to: input.to,
    limit: SEARCH_PAGE_SIZE + 1,
    offset,
  });
  return {
    q: input.q,
    page: input.page,
    hits: await loadHits(matches.slice(0, SEARCH_PAGE_SIZE)),
    hasPrevious: input.page > 1,
    hasNext: matches.length > SEARCH_PAGE_SIZE,
  };
}
