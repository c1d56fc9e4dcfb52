// The benchmark catalogue read with the plain driver (no Prisma): the same rows the real
// app's day and paper pages show, fetched as cheaply as each engine allows.
import Database from 'better-sqlite3';
import pg from 'pg';

const url = process.env.DATABASE_URL ?? '';
const sqlite = url.startsWith('file:') ? new Database(url.slice('file:'.length), { readonly: true }) : null;
const pool = sqlite ? null : new pg.Pool({ connectionString: url, max: 4 });

const AUTHORS = (paper) => `(SELECT group_concat("name", ', ') FROM (SELECT "name" FROM "PaperAuthor" a WHERE a."paperId" = ${paper} ORDER BY "position" LIMIT 8))`;
const AUTHORS_PG = (paper) => `(SELECT string_agg("name", ', ' ORDER BY "position") FROM (SELECT "name", "position" FROM "PaperAuthor" a WHERE a."paperId" = ${paper} ORDER BY "position" LIMIT 8) f)`;

const DAY_SQLITE = `SELECT p."slug", p."title", p."abstract", ${AUTHORS('p."id"')} AS "authors" FROM "Listing" l JOIN "Paper" p ON p."id" = l."paperId" WHERE l."day" = ? AND l."hiddenAt" IS NULL ORDER BY l."rank" LIMIT 50`;
const DAY_PG = `SELECT p."slug", p."title", p."abstract", ${AUTHORS_PG('p."id"')} AS "authors" FROM "Listing" l JOIN "Paper" p ON p."id" = l."paperId" WHERE l."day" = $1 AND l."hiddenAt" IS NULL ORDER BY l."rank" LIMIT 50`;
const PAPER_SQLITE = `SELECT p."slug", p."title", p."abstract", ${AUTHORS('p."id"')} AS "authors" FROM "Paper" p WHERE p."slug" = ?`;
const PAPER_PG = `SELECT p."slug", p."title", p."abstract", ${AUTHORS_PG('p."id"')} AS "authors" FROM "Paper" p WHERE p."slug" = $1`;

const dayStatement = sqlite?.prepare(DAY_SQLITE);
const paperStatement = sqlite?.prepare(PAPER_SQLITE);

export async function papersOfDay(day) {
  if (dayStatement) return dayStatement.all(day);
  return (await pool.query(DAY_PG, [day])).rows;
}

export async function paperBySlug(slug) {
  if (paperStatement) return paperStatement.get(slug) ?? null;
  return (await pool.query(PAPER_PG, [slug])).rows[0] ?? null;
}
