import { databaseProvider } from '@/lib/db';
import type { RankedMatch } from './load-hits';
import type { MatchQuery } from './match-query';
import { findMatchesPostgres } from './postgres-engine';
import { findMatchesSqlite } from './sqlite-engine';

/**
 * The one place that knows which engine runs the search: FTS5 on SQLite, tsvector + GIN on
 * PostgreSQL (docs/decisions/005-full-text-search.md). Both answer the same MatchQuery.
 */
export function findMatches(query: MatchQuery): Promise<RankedMatch[]> {
  if (query.terms.length === 0) return Promise.resolve([]);
  return databaseProvider() === 'postgresql' ? findMatchesPostgres(query) : findMatchesSqlite(query);
}
