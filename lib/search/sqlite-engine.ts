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
 */
export async function findMatchesSqlite(query: MatchQuery): Promise<RankedMatch[]> {
  const match = toFts5Match(query.terms, query.mode);
  // publishedAt is stored as ISO 8601 text, so date bounds compare as strings.
  const filters = [
    query.category ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PaperCategory" c WHERE c."paperId" = p."id" AND c."code" = ${query.category})` : Prisma.empty,
    query.from ? Prisma.sql`AND p."publishedAt" >= ${query.from}` : Prisma.empty,
    query.to ? Prisma.sql`AND p."publishedAt" < ${dayAfter(query.to)}` : Prisma.empty,
    query.excludeId === undefined ? Prisma.empty : Prisma.sql`AND p."id" <> ${query.excludeId}`,
    // On the FTS5 rowid, which its doclists are sorted by: matches outside are skipped, not scored.
    query.idRange ? Prisma.sql`AND "PaperSearch"."rowid" BETWEEN ${query.idRange.from} AND ${query.idRange.to}` : Prisma.empty,
  ];
  return db.$queryRaw<RankedMatch[]>`
    SELECT
      p."id" AS "id",
      highlight("PaperSearch", 0, ${MARK_START}, ${MARK_END}) AS "title",
      snippet("PaperSearch", 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_WORDS}) AS "snippet"
    FROM "PaperSearch"
    JOIN "Paper" p ON p."id" = "PaperSearch"."rowid"
    WHERE "PaperSearch" MATCH ${match} ${Prisma.join(filters, ' ')}
    ORDER BY bm25("PaperSearch", 10.0, 1.0, 4.0), p."id" DESC
    LIMIT ${query.limit} OFFSET ${query.offset}`;
}
