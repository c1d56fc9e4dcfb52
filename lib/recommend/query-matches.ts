import { findMatches } from '@/lib/search/find-matches';
import { parseSearchTerms } from '@/lib/search/query-terms';
import type { CandidateWindow } from './window';

/** Matches looked at per followed query: a window rarely holds more that anyone would read. */
const MATCHES_PER_QUERY = 500;

/**
 * The window's papers that match each followed query, by the site's own search engine (the
 * same terms and rules as the search box), bounded to the window's id range so a query costs
 * what the window holds, not what the catalogue holds. Each distinct query runs once, however
 * many readers follow it (the digest passes every query of a batch here).
 */
export async function matchFollowedQueries(window: CandidateWindow, queries: Iterable<string>, known: Map<string, Set<number>> = new Map()): Promise<Map<string, Set<number>>> {
  for (const query of new Set(queries)) {
    if (known.has(query)) continue;
    const terms = parseSearchTerms(query);
    const matches = await findMatches({ terms, mode: 'all', idRange: window.idRange, limit: MATCHES_PER_QUERY, offset: 0 });
    known.set(query, new Set(matches.map((match) => Number(match.id)).filter((id) => window.byId.has(id))));
  }
  return known;
}
