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
 * Ranking, then ts_headline on the one page of rows only (it re-parses the text, so it is the
 * expensive part). https://www.postgresql.org/docs/current/textsearch-controls.html
 */
export async function findMatchesPostgres(query: MatchQuery): Promise<RankedMatch[]> {
  const text = toWebsearchQuery(query.terms, query.mode);
  const filters = [
    query.category ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PaperCategory" c WHERE c."paperId" = p."id" AND c."code" = ${query.category})` : Prisma.empty,
    query.from ? Prisma.sql`AND p."publishedAt" >= CAST(${query.from} AS timestamp)` : Prisma.empty,
    query.to ? Prisma.sql`AND p."publishedAt" < CAST(${dayAfter(query.to)} AS timestamp)` : Prisma.empty,
    query.excludeId === undefined ? Prisma.empty : Prisma.sql`AND p."id" <> ${query.excludeId}`,
    query.idRange ? Prisma.sql`AND s."paperId" BETWEEN ${query.idRange.from} AND ${query.idRange.to}` : Prisma.empty,
  ];
  return db.$queryRaw<RankedMatch[]>`
    WITH "q" AS (SELECT websearch_to_tsquery('english', ${text}) AS "query"),
    "ranked" AS (
      SELECT p."id", p."title", p."abstract", ts_rank(s."document", "q"."query") AS "rank"
      FROM "PaperSearch" s
      JOIN "Paper" p ON p."id" = s."paperId"
      CROSS JOIN "q"
      WHERE s."document" @@ "q"."query" ${Prisma.join(filters, ' ')}
      ORDER BY "rank" DESC, p."id" DESC
      LIMIT ${query.limit} OFFSET ${query.offset}
    )
    SELECT
      r."id" AS "id",
      ts_headline('english', r."title", "q"."query", ${TITLE_OPTIONS}) AS "title",
      ts_headline('english', r."abstract", "q"."query", ${SNIPPET_OPTIONS}) AS "snippet"
    FROM "ranked" r CROSS JOIN "q"
    ORDER BY r."rank" DESC, r."id" DESC`;
}
