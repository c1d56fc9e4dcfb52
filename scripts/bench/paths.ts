// Where the suite keeps its scratch data (gitignored), and the PostgreSQL server it may use.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const WORK = path.join(ROOT, '.tmp', 'bench');
export const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export type Engine = 'sqlite' | 'postgres';

/** The URL of database `name` on the benchmark's PostgreSQL server. */
export function postgresUrl(name: string): string {
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}
