import { db } from '@/lib/db';

/**
 * How PostgreSQL ranks matches (docs/decisions/024-postgresql-search-and-import-at-scale.md).
 *
 * - `rum`: the RUM index (extension `rum`, Debian package postgresql-15-rum) keeps each lexeme's
 *   positions and weights in the index, so `ORDER BY document <=> query LIMIT n` is answered
 *   from the index: no heap visit or detoasted tsvector per match, only per returned row.
 * - `bounded`: plain GIN. Matching is cheap, but ts_rank reads every match's tsvector (a heap
 *   visit and usually a TOAST fetch each: ~0.4 s for 17,000 matches at 1M papers), so only the
 *   newest RANK_CANDIDATES matches are ranked. A query matching more papers than that ranks
 *   the most recent of them; an older, better match of a very common query is not shown.
 */
export type RankingPath = 'rum' | 'bounded';

/** Matches ranked by the plain-GIN path: newest first, then by rank among them. */
export const RANK_CANDIDATES = 1_000;

export const RUM_INDEX = 'PaperSearch_document_rum_idx';

/** How long a found (or missing) RUM index is believed: an import may drop and rebuild it. */
const RECHECK_MS = 60_000;

let known: { path: RankingPath; at: number } | null = null;
let warned = false;

/** The ranking path this database supports, looked up once a minute (a catalogue query). */
export async function rankingPath(now = Date.now()): Promise<RankingPath> {
  if (known && now - known.at < RECHECK_MS) return known.path;
  const [row] = await db.$queryRaw<{ present: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ${RUM_INDEX}) AS "present"`;
  const path: RankingPath = row?.present ? 'rum' : 'bounded';
  if (path === 'bounded' && !warned) {
    warned = true;
    console.warn(
      `search: no RUM index ("${RUM_INDEX}"): ranking the newest ${RANK_CANDIDATES.toLocaleString('en-US')} matches of each query with ts_rank. ` +
        'Install postgresql-15-rum (apt) and run the migrations or an import to rank every match from the index (docs/decisions/024).',
    );
  }
  known = { path, at: now };
  return path;
}

/** Forgets what was looked up (tests switch the index on and off). */
export function forgetRankingPath(): void {
  known = null;
  warned = false;
}
