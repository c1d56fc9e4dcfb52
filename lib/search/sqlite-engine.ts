import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma-sqlite/client';
import { MARK_END, MARK_START } from './highlight';
import type { RankedMatch } from './load-hits';
import { dayAfter, SNIPPET_WORDS, type MatchQuery } from './match-query';
import { toFts5Match } from './query-terms';

/**
 * SQLite: the FTS5 table "PaperSearch" (rowid = Paper.id; columns title, abstract, authors),
 * maintained by triggers (prisma/sqlite/migrations/*_search). bm25 weights: a title match counts
 * ten times an abstract match, an author match four times. https://www.sqlite.org/fts5.html
 *
 * Two steps: rank the matches inside the index alone, then highlight only the page's rows. A
 * common word matches a quarter of a large catalogue, and joining every match to its "Paper"
 * row (big rows, read at random) cost three times the ranking itself at 1M papers; so the
 * paper table is joined only when a date filter needs its column, and the other filters are
 * on the index's rowid, which is the paper id.
 */
export async function findMatchesSqlite(query: MatchQuery): Promise<RankedMatch[]> {
  const match = toFts5Match(query.terms, query.mode);
  const byDate = query.from !== undefined || query.to !== undefined;
  // publishedAt is stored as ISO 8601 text, so date bounds compare as strings.
  const filters = [
    query.category ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PaperCategory" c WHERE c."paperId" = "PaperSearch"."rowid" AND c."code" = ${query.category})` : Prisma.empty,
    query.from ? Prisma.sql`AND p."publishedAt" >= ${query.from}` : Prisma.empty,
    query.to ? Prisma.sql`AND p."publishedAt" < ${dayAfter(query.to)}` : Prisma.empty,
    query.excludeId === undefined ? Prisma.empty : Prisma.sql`AND "PaperSearch"."rowid" <> ${query.excludeId}`,
    // On the FTS5 rowid, which its doclists are sorted by: matches outside are skipped, not scored.
    query.idRange ? Prisma.sql`AND "PaperSearch"."rowid" BETWEEN ${query.idRange.from} AND ${query.idRange.to}` : Prisma.empty,
  ];
  return db.$queryRaw<RankedMatch[]>`
    WITH "top" AS MATERIALIZED (
      SELECT "PaperSearch"."rowid" AS "id", bm25("PaperSearch", 10.0, 1.0, 4.0) AS "score"
      FROM "PaperSearch"
      ${byDate ? Prisma.sql`JOIN "Paper" p ON p."id" = "PaperSearch"."rowid"` : Prisma.empty}
      WHERE "PaperSearch" MATCH ${match} ${Prisma.join(filters, ' ')}
      ORDER BY "score", "PaperSearch"."rowid" DESC
      LIMIT ${query.limit} OFFSET ${query.offset}
    )
    SELECT
      "top"."id" AS "id",
      highlight("PaperSearch", 0, ${MARK_START}, ${MARK_END}) AS "title",
      snippet("PaperSearch", 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_WORDS}) AS "snippet"
    FROM "top"
    JOIN "PaperSearch" ON "PaperSearch"."rowid" = "top"."id"
    WHERE "PaperSearch" MATCH ${match}
    ORDER BY "top"."score", "top"."id" DESC`;
}
