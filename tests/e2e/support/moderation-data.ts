/**
 * Rows the moderation tests need that no page on this branch makes yet (comments and their
 * reports come from the comments feature, reader submissions from the submit feature), written
 * with plain SQL into the database the server under test uses (E2E_DATABASE_URL), and the
 * operator's `npm run users` command run against it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

type Sql = <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;

function databaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`.');
  return url;
}

/** `?` placeholders on both engines; dates written the way Prisma writes them on each. */
async function withDatabase<T>(work: (sql: Sql, now: unknown) => Promise<T>): Promise<T> {
  const url = databaseUrl();
  if (url.startsWith('file:')) {
    const sqlite = new Database(url.slice('file:'.length), { fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
    try {
      const sql: Sql = async <R>(query: string, params: unknown[] = []) => {
        const statement = sqlite.prepare(query);
        return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as R[];
      };
      // Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset.
      return await work(sql, new Date().toISOString().replace('Z', '+00:00'));
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sql: Sql = async <R>(query: string, params: unknown[] = []) => {
      let index = 0;
      const { rows } = await client.query(query.replace(/\?/g, () => `$${++index}`), params);
      return rows as R[];
    };
    return await work(sql, new Date());
  } finally {
    await client.end();
  }
}

async function idOf(sql: Sql, email: string): Promise<string> {
  const [row] = await sql<{ id: string }>('SELECT "id" FROM "User" WHERE "email" = ?', [email.toLowerCase()]);
  if (!row) throw new Error(`no account for ${email}`);
  return row.id;
}

/** A comment by `authorEmail` under the paper `paperSlug`, reported by `reporterEmail`; its id. */
export function insertReportedComment(options: { paperSlug: string; authorEmail: string; reporterEmail: string; body: string; reason: string }): Promise<number> {
  return withDatabase(async (sql, now) => {
    const [paper] = await sql<{ id: number }>('SELECT "id" FROM "Paper" WHERE "slug" = ?', [options.paperSlug]);
    if (!paper) throw new Error(`no paper ${options.paperSlug}`);
    const [comment] = await sql<{ id: number }>('INSERT INTO "Comment" ("paperId", "userId", "body", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?) RETURNING "id"', [
      paper.id,
      await idOf(sql, options.authorEmail),
      options.body,
      now,
      now,
    ]);
    if (!comment) throw new Error('comment not inserted');
    await sql('INSERT INTO "CommentReport" ("commentId", "userId", "reason", "createdAt") VALUES (?, ?, ?, ?)', [comment.id, await idOf(sql, options.reporterEmail), options.reason, now]);
    return Number(comment.id);
  });
}

/** A paper listed on `day` as submitted by the account of `submitterEmail` (its username shown). */
export function insertSubmission(options: { slug: string; title: string; day: string; submitterEmail: string; username: string }): Promise<number> {
  return withDatabase(async (sql, now) => {
    const [paper] = await sql<{ id: number }>('INSERT INTO "Paper" ("slug", "title", "abstract", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?) RETURNING "id"', [
      options.slug,
      options.title,
      'An abstract long enough to read like one, about nothing in particular.',
      now,
      now,
    ]);
    if (!paper) throw new Error('paper not inserted');
    await sql('INSERT INTO "Listing" ("paperId", "day", "rank", "submittedBy", "source", "submittedById", "createdAt", "updatedAt") VALUES (?, ?, 1, ?, ?, ?, ?, ?)', [
      paper.id,
      options.day,
      options.username,
      'submission',
      await idOf(sql, options.submitterEmail),
      now,
      now,
    ]);
    return Number(paper.id);
  });
}

/** Runs `npm run users -- …` against the server's database, as the operator would; its output. */
export function runUsersCommand(...args: string[]): string {
  const root = path.resolve(import.meta.dirname, '../../..');
  return execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/users.ts', ...args], { cwd: root, env: process.env, encoding: 'utf8' });
}
