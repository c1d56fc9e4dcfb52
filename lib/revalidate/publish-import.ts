import { randomUUID } from 'node:crypto';
import { EVERY_PAGE, PAGE_CHANGES_CHANNEL } from '@/lib/community/page-change-hooks';
import type { FeedDay } from '@/lib/dates/feed-day';
import { insertRows } from '@/lib/ingest/sql';
import { isRevalidateUrlsGiven } from '@/lib/env';
import { openSqlConnection, type SqlConnection } from '@/lib/ingest/store/connection';
import { SITEMAP_CHUNK_SIZE } from '@/lib/papers/sitemap-constants';
import { changedPathsOfImport, type ImportChanges, type NeighbourDay } from './import-changes';
import { notifyAppOfChanges, type NotifyResult } from './notify-app';

export interface PublishOptions {
  /** When the import started: a day with no listing older than this is new. */
  startedAt: Date;
  /** Ask the instances in REVALIDATE_URLS over HTTP too (SQLite, or when the operator lists them). */
  http: boolean;
}

export interface Published {
  /** The paths dropped, or 'all'. */
  scope: 'all' | string[];
  /** Whether PageChange rows and a NOTIFY went out (PostgreSQL). */
  recorded: boolean;
  http: NotifyResult[];
}

/**
 * Tells every instance what an import changed (docs/decisions/026). On PostgreSQL the paths go
 * into PageChange and a NOTIFY nudges every instance's listener: no list of instances is
 * needed. Over HTTP (REVALIDATE_URLS: SQLite's one instance by default) the same paths go in
 * the body of POST /api/revalidate. Either way only the pages showing the changed papers are
 * dropped, or every page after a bulk load.
 */
export async function publishImportChanges(sql: SqlConnection, changes: ImportChanges, options: PublishOptions): Promise<Published> {
  const scope = changes.everything ? 'all' : changedPathsOfImport(changes, await neighbourDays(sql, [...changes.days.keys()], options.startedAt), await sitemapChange(sql, changes));
  let recorded = false;
  if (sql.engine === 'postgresql') {
    const origin = `import:${randomUUID()}`;
    const now = new Date();
    const paths = scope === 'all' ? [EVERY_PAGE] : scope;
    await insertRows(sql, 'PageChange', ['path', 'origin', 'createdAt'], paths.map((path) => [path, origin, now]));
    await sql.run('SELECT pg_notify(?, ?)', [PAGE_CHANGES_CHANNEL, origin]);
    recorded = true;
  }
  const http = options.http ? await notifyAppOfChanges(scope === 'all' ? 'all' : { paths: scope }) : [];
  return { scope, recorded, http };
}

/**
 * Listed days next to each day that gained its first listing in this import, or lost its last:
 * their "previous/next day" links point elsewhere now.
 */
async function neighbourDays(sql: SqlConnection, days: FeedDay[], startedAt: Date): Promise<NeighbourDay[]> {
  const found = new Map<FeedDay, string[]>();
  for (const day of days) {
    const [row] = await sql.all<{ before: number | string; now: number | string }>(
      'SELECT COUNT(CASE WHEN "createdAt" < ? THEN 1 END) AS "before", COUNT(*) AS "now" FROM "Listing" WHERE "day" = ?',
      [startedAt, day],
    );
    if (Number(row?.before ?? 0) > 0 && Number(row?.now ?? 0) > 0) continue;
    const [near] = await sql.all<{ previous: string | null; next: string | null }>(
      'SELECT (SELECT MAX("day") FROM "Listing" WHERE "day" < ?) AS "previous", (SELECT MIN("day") FROM "Listing" WHERE "day" > ?) AS "next"',
      [day, day],
    );
    for (const neighbour of [near?.previous, near?.next]) {
      if (!neighbour || found.has(neighbour as FeedDay)) continue;
      const codes = await sql.all<{ code: string }>(
        'SELECT DISTINCT c."code" FROM "Listing" l JOIN "PaperCategory" c ON c."paperId" = l."paperId" WHERE l."day" = ?',
        [neighbour],
      );
      found.set(neighbour as FeedDay, codes.map((row) => row.code));
    }
  }
  return [...found].map(([day, categories]) => ({ day, categories }));
}

async function sitemapChange(sql: SqlConnection, changes: ImportChanges): Promise<{ paperSitemaps: number; grew: boolean }> {
  const [row] = await sql.all<{ papers: number | string }>('SELECT COUNT(*) AS "papers" FROM "Paper"');
  return { paperSitemaps: Math.max(1, Math.ceil(Number(row?.papers ?? 0) / SITEMAP_CHUNK_SIZE)), grew: changes.slugs.size > 0 };
}

/**
 * After an import command: drops the pages it changed on every instance, and says so. A
 * failure is reported, not thrown: the papers are in, and the pages catch up by their
 * revalidate bound.
 */
export async function tellInstancesOfImport(changes: ImportChanges, startedAt: Date, out: (line: string) => void, err: (line: string) => void): Promise<void> {
  let sql: SqlConnection | null = null;
  try {
    sql = await openSqlConnection();
    const http = sql.engine === 'sqlite' || isRevalidateUrlsGiven();
    const published = await publishImportChanges(sql, changes, { startedAt, http });
    const what = published.scope === 'all' ? 'every page' : `${published.scope.length.toLocaleString('en-US')} pages`;
    if (published.recorded) out(`Told every instance through the database to drop ${what}.`);
    for (const result of published.http) out(`App at ${result.url}: ${result.detail}.`);
  } catch (error) {
    err(`Could not tell the app what changed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await sql?.close();
  }
}
