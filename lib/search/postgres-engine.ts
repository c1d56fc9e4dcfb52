import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma-sqlite/client';
import { MARK_END, MARK_START } from './highlight';
import type { RankedMatch } from './load-hits';
import { dayAfter, SNIPPET_WORDS, type MatchQuery } from './match-query';
import { RANK_CANDIDATES, rankingPath } from './postgres-ranking';
import { toWebsearchQuery } from './query-terms';

// ts_headline options: our markers, a snippet about as long as FTS5's, and the whole title.
const SNIPPET_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=${SNIPPET_WORDS}, MinWords=${Math.round(SNIPPET_WORDS / 2)}, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;

/**
 * PostgreSQL: "PaperSearch"(paperId, document tsvector), maintained by triggers
 * (prisma/postgres/migrations/*_search, *_search_queue). websearch_to_tsquery never raises a
 * syntax error. Ranking happens within the search table alone (the paper table is joined only
 * when a date filter needs it: joining every match of a common word to its big "Paper" row cost
 * more than the ranking), by the RUM index where there is one, else among the newest matches
 * (postgres-ranking.ts); then ts_headline on the one page of rows only (it re-parses the text).
 * https://www.postgresql.org/docs/current/textsearch-controls.html
 */
export async function findMatchesPostgres(query: MatchQuery): Promise<RankedMatch[]> {
  const text = toWebsearchQuery(query.terms, query.mode);
  const byDate = query.from !== undefined || query.to !== undefined;
  const filters = Prisma.join(
    [
      query.category ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PaperCategory" c WHERE c."paperId" = s."paperId" AND c."code" = ${query.category})` : Prisma.empty,
      query.from ? Prisma.sql`AND p."publishedAt" >= CAST(${query.from} AS timestamp)` : Prisma.empty,
      query.to ? Prisma.sql`AND p."publishedAt" < CAST(${dayAfter(query.to)} AS timestamp)` : Prisma.empty,
      query.excludeId === undefined ? Prisma.empty : Prisma.sql`AND s."paperId" <> ${query.excludeId}`,
      query.idRange ? Prisma.sql`AND s."paperId" BETWEEN ${query.idRange.from} AND ${query.idRange.to}` : Prisma.empty,
    ],
    ' ',
  );
  const papers = byDate ? Prisma.sql`JOIN "Paper" p ON p."id" = s."paperId"` : Prisma.empty;
  // An expression of constants, not a CTE's column: only then can the planner order by the RUM index.
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const ranked = Prisma.sql`
    SELECT s."paperId" AS "id", ts_rank(s."document", ${tsquery}) AS "rank"
    FROM "PaperSearch" s ${papers}
    WHERE s."document" @@ ${tsquery} ${filters}`;
  const page = Prisma.sql`LIMIT ${query.limit} OFFSET ${query.offset}`;
  const path = query.idRange ? 'range' : await rankingPath();
  const rankedPage =
    path === 'rum'
      ? // The index scan yields matches best first and stops after the page; a second sort key
        // (ties by id) would make PostgreSQL fetch and sort every match instead.
        Prisma.sql`
        SELECT s."paperId" AS "id", -(s."document" <=> ${tsquery}) AS "rank"
        FROM "PaperSearch" s ${papers}
        WHERE s."document" @@ ${tsquery} ${filters}
        ORDER BY s."document" <=> ${tsquery} ${page}`
      : path === 'bounded'
        ? Prisma.sql`
        SELECT c."id", ts_rank(s."document", ${tsquery}) AS "rank"
        FROM (
          SELECT s."paperId" AS "id" FROM "PaperSearch" s ${papers}
          WHERE s."document" @@ ${tsquery} ${filters}
          ORDER BY s."paperId" DESC LIMIT ${RANK_CANDIDATES}
        ) c
        JOIN "PaperSearch" s ON s."paperId" = c."id"
        ORDER BY "rank" DESC, c."id" DESC ${page}`
        : // An id range (similar papers) bounds the matches already: rank them all.
          Prisma.sql`${ranked} ORDER BY "rank" DESC, s."paperId" DESC ${page}`;
  return db.$queryRaw<RankedMatch[]>`
    WITH "ranked" AS MATERIALIZED (${rankedPage})
    SELECT
      r."id" AS "id",
      ts_headline('english', p."title", ${tsquery}, ${TITLE_OPTIONS}) AS "title",
      ts_headline('english', p."abstract", ${tsquery}, ${SNIPPET_OPTIONS}) AS "snippet"
    FROM "ranked" r
    JOIN "Paper" p ON p."id" = r."id"
    ORDER BY r."rank" DESC, r."id" DESC`;
}
