import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma-sqlite/client';
import { MARK_END, MARK_START } from './highlight';
import type { RankedMatch } from './load-hits';
import { dayAfter, SNIPPET_WORDS, type MatchQuery } from './match-query';
import { toFts5Match } from './query-terms';

/**
 * SQLite: the FTS5 table "PaperSearch" (rowid = Paper.id; columns title, abstract, authors),
 * maintained by triggers and bulk imports (prisma/sqlite/migrations/*_search*).
 * https://www.sqlite.org/fts5.html
 *
 * Two ways to rank (docs/decisions/023-sqlite-search-at-a-million.md):
 * - The search box (every term must match): among the newest SEARCH_RANKED_MATCHES matches,
 *   papers whose title holds every term first, then the others, newest first within each.
 *   FTS5 walks its doclists in rowid order and stops after that many; no match is scored. bm25
 *   cost 3-15× more at 1M papers, and most of it is bounded by nothing: on its first call it
 *   counts every row of each term's doclist, a quarter of the catalogue for a common word.
 * - Similar papers (any term, within an id window): bm25, a title match ten times an abstract
 *   match, an author match four times; the window bounds the rows it scores (005).
 *
 * Then only the page's rows are highlighted. Joining every match to its "Paper" row (big rows,
 * read at random) cost three times the ranking itself at 1M papers; so the paper table is
 * joined only when a date filter needs its column, and the other filters are on the index's
 * rowid, which is the paper id.
 */
export async function findMatchesSqlite(query: MatchQuery): Promise<RankedMatch[]> {
  const match = toFts5Match(query.terms, query.mode);
  const byDate = query.from !== undefined || query.to !== undefined;
  // publishedAt is stored as ISO 8601 text, so date bounds compare as strings.
  const filters = Prisma.join(
    [
      query.category ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PaperCategory" c WHERE c."paperId" = "PaperSearch"."rowid" AND c."code" = ${query.category})` : Prisma.empty,
      query.from ? Prisma.sql`AND p."publishedAt" >= ${query.from}` : Prisma.empty,
      query.to ? Prisma.sql`AND p."publishedAt" < ${dayAfter(query.to)}` : Prisma.empty,
      query.excludeId === undefined ? Prisma.empty : Prisma.sql`AND "PaperSearch"."rowid" <> ${query.excludeId}`,
      // On the FTS5 rowid, which its doclists are sorted by: matches outside are skipped, not scored.
      query.idRange ? Prisma.sql`AND "PaperSearch"."rowid" BETWEEN ${query.idRange.from} AND ${query.idRange.to}` : Prisma.empty,
    ],
    ' ',
  );
  const matches = Prisma.sql`FROM "PaperSearch" ${byDate ? Prisma.sql`JOIN "Paper" p ON p."id" = "PaperSearch"."rowid"` : Prisma.empty}
    WHERE "PaperSearch" MATCH ${match} ${filters}`;
  // "score": lower ranks first; ties go to the newer paper.
  const ranked =
    query.mode === 'all'
      ? Prisma.sql`
    "candidates" AS MATERIALIZED (
      SELECT "PaperSearch"."rowid" AS "id" ${matches}
      ORDER BY "PaperSearch"."rowid" DESC LIMIT ${getEnv().SEARCH_RANKED_MATCHES}
    ),
    "titled" AS MATERIALIZED (
      SELECT "rowid" AS "id" FROM "PaperSearch"
      WHERE "PaperSearch" MATCH ${`{title} : (${match})`} AND "rowid" >= (SELECT MIN("id") FROM "candidates")
    ),
    "top" AS MATERIALIZED (
      SELECT "id", CASE WHEN "id" IN "titled" THEN 0 ELSE 1 END AS "score" FROM "candidates"
      ORDER BY "score", "id" DESC LIMIT ${query.limit} OFFSET ${query.offset}
    )`
      : Prisma.sql`
    "top" AS MATERIALIZED (
      SELECT "PaperSearch"."rowid" AS "id", bm25("PaperSearch", 10.0, 1.0, 4.0) AS "score" ${matches}
      ORDER BY "score", "PaperSearch"."rowid" DESC LIMIT ${query.limit} OFFSET ${query.offset}
    )`;
  return db.$queryRaw<RankedMatch[]>`
    WITH ${ranked}
    SELECT
      "top"."id" AS "id",
      highlight("PaperSearch", 0, ${MARK_START}, ${MARK_END}) AS "title",
      snippet("PaperSearch", 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_WORDS}) AS "snippet"
    FROM "top"
    JOIN "PaperSearch" ON "PaperSearch"."rowid" = "top"."id"
    WHERE "PaperSearch" MATCH ${match}
    ORDER BY "top"."score", "top"."id" DESC`;
}
