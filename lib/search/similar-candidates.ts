import { databaseProvider, db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma-sqlite/client';

/** The papers holding one word, nearest the window's top first, at most `perTerm` of them. */
export interface TermPostings {
  word: string;
  ids: number[];
}

export interface CandidateQuery {
  words: readonly string[];
  /** Inclusive id bounds: the papers imported around this one. */
  from: number;
  to: number;
  perTerm: number;
}

/**
 * One bounded lookup per word, all in one round trip: "the newest `perTerm` papers in the id
 * window whose title or abstract holds this word". Each is a walk down one word's posting list
 * from the window's top (FTS5 doclists and PostgreSQL's GIN lists are kept by paper id), so it
 * costs at most `perTerm` postings, whatever the catalogue's size and however common the word.
 * No ranking function runs: lib/search/similar-papers.ts counts the overlaps itself.
 */
export async function findTermPostings(query: CandidateQuery): Promise<{ papersInWindow: number; postings: TermPostings[] }> {
  if (query.words.length === 0) return { papersInWindow: 0, postings: [] };
  const rows = databaseProvider() === 'postgresql' ? await postgresPostings(query) : await sqlitePostings(query);
  // Ids are given in order and rarely deleted: the window's id span is its paper count.
  const newest = Number(rows.find((row) => Number(row.term) === NEWEST)?.id ?? query.to);
  const papersInWindow = Math.max(0, Math.min(newest, query.to) - query.from + 1);
  return { papersInWindow, postings: query.words.map((word, index) => ({ word, ids: rows.filter((row) => Number(row.term) === index).map((row) => Number(row.id)) })) };
}

type PostingRow = { term: number | bigint; id: number | bigint };
/**
 * The row that carries the newest paper's id: the window holds the ids from `from` to it (or to
 * `to`). Counting them instead would read every paper row of the window (~0.1 s on SQLite).
 */
const NEWEST = -1;

// FTS5: `{title abstract}:` leaves author names out; a quoted word is never read as syntax
// (the words are runs of letters and digits only, lib/search/query-terms.ts).
function sqlitePostings({ words, from, to, perTerm }: CandidateQuery): Promise<PostingRow[]> {
  const parts = words.map(
    (word, index) => Prisma.sql`SELECT ${index} AS "term", "id" FROM (
      SELECT "rowid" AS "id" FROM "PaperSearch"
      WHERE "PaperSearch" MATCH ${`{title abstract} : "${word}"`} AND "rowid" BETWEEN ${from} AND ${to}
      ORDER BY "rowid" DESC LIMIT ${perTerm})`,
  );
  const newest = Prisma.sql`SELECT ${NEWEST} AS "term", (SELECT max("id") FROM "Paper") AS "id"`;
  return db.$queryRaw<PostingRow[]>`${Prisma.join([newest, ...parts], ' UNION ALL ')}`;
}

// PostgreSQL: one LATERAL lookup per word; the planner combines the word's GIN list with the
// primary key's id range, so only rows inside the window are read. Author names are in the
// document too; a salient word that is also someone's name is rare enough not to matter.
function postgresPostings({ words, from, to, perTerm }: CandidateQuery): Promise<PostingRow[]> {
  return db.$queryRaw<PostingRow[]>`
    SELECT ${NEWEST}::int AS "term", (SELECT max("id") FROM "Paper") AS "id"
    UNION ALL
    SELECT (w."ord" - 1)::int AS "term", m."id"
    FROM unnest(${[...words]}::text[]) WITH ORDINALITY AS w("word", "ord")
    CROSS JOIN LATERAL (
      SELECT s."paperId" AS "id"
      FROM "PaperSearch" s
      WHERE s."document" @@ plainto_tsquery('english', w."word")
        AND s."paperId" BETWEEN ${from} AND ${to}
      ORDER BY s."paperId" DESC
      LIMIT ${perTerm}
    ) m`;
}
