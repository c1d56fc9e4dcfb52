import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma-sqlite/client';
import { MARK_END, MARK_START } from './highlight';
import type { RankedMatch } from './load-hits';
import { dayAfter, SNIPPET_WORDS, type MatchQuery } from './match-query';
import { toWebsearchQuery } from './query-terms';

// ts_headline options: our markers, a snippet about as long as FTS5's, and the whole title.
const SNIPPET_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=${SNIPPET_WORDS}, MinWords=${Math.round(SNIPPET_WORDS / 2)}, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;

/**
 * PostgreSQL: "PaperSearch"(paperId, document tsvector, GIN-indexed), maintained by triggers
 * (prisma/postgres/migrations/*_search). websearch_to_tsquery never raises a syntax error.
 * Ranking within the search table alone (the paper table is joined only when a date filter
 * needs it: joining every match of a common word to its big "Paper" row cost more than the
 * ranking), then ts_headline on the one page of rows only (it re-parses the text, so it is
 * the expensive part). https://www.postgresql.org/docs/current/textsearch-controls.html
 */
export async function findMatchesPostgres(query: MatchQuery): Promise<RankedMatch[]> {
  const text = toWebsearchQuery(query.terms, query.mode);
  const byDate = query.from !== undefined || query.to !== undefined;
  const filters = [
    query.category ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PaperCategory" c WHERE c."paperId" = s."paperId" AND c."code" = ${query.category})` : Prisma.empty,
    query.from ? Prisma.sql`AND p."publishedAt" >= CAST(${query.from} AS timestamp)` : Prisma.empty,
    query.to ? Prisma.sql`AND p."publishedAt" < CAST(${dayAfter(query.to)} AS timestamp)` : Prisma.empty,
    query.excludeId === undefined ? Prisma.empty : Prisma.sql`AND s."paperId" <> ${query.excludeId}`,
    query.idRange ? Prisma.sql`AND s."paperId" BETWEEN ${query.idRange.from} AND ${query.idRange.to}` : Prisma.empty,
  ];
  return db.$queryRaw<RankedMatch[]>`
    WITH "q" AS (SELECT websearch_to_tsquery('english', ${text}) AS "query"),
    "ranked" AS MATERIALIZED (
      SELECT s."paperId" AS "id", ts_rank(s."document", "q"."query") AS "rank"
      FROM "PaperSearch" s
      ${byDate ? Prisma.sql`JOIN "Paper" p ON p."id" = s."paperId"` : Prisma.empty}
      CROSS JOIN "q"
      WHERE s."document" @@ "q"."query" ${Prisma.join(filters, ' ')}
      ORDER BY "rank" DESC, s."paperId" DESC
      LIMIT ${query.limit} OFFSET ${query.offset}
    )
    SELECT
      r."id" AS "id",
      ts_headline('english', p."title", "q"."query", ${TITLE_OPTIONS}) AS "title",
      ts_headline('english', p."abstract", "q"."query", ${SNIPPET_OPTIONS}) AS "snippet"
    FROM "ranked" r
    JOIN "Paper" p ON p."id" = r."id"
    CROSS JOIN "q"
    ORDER BY r."rank" DESC, r."id" DESC`;
}
