import { resolveDatabaseUrl } from '@/lib/db/database-url';

export type SqlValue = string | number | Date | null;

/**
 * The one connection a bulk import writes through. SQL is written once, with `?` placeholders
 * and double-quoted identifiers, and runs unchanged on both engines; an implementation only
 * translates placeholders and encodes timestamps the way Prisma stores them, so the app reads
 * the rows back exactly as if Prisma had written them.
 */
export interface SqlConnection {
  /** Which engine this is, for the few writes whose best order differs (lib/ingest/write-batch.ts). */
  readonly engine: 'sqlite' | 'postgresql';
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Inserts many rows in one statement, returning `returning` of each (any order). Optional: where
   * absent, lib/ingest/sql.ts writes multi-row VALUES lists.
   */
  insertMany?<T>(table: string, columns: readonly string[], rows: readonly SqlValue[][], returning?: readonly string[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Opens a connection to DATABASE_URL's database. Imports bypass Prisma's query engine for their
 * writes: its createMany costs ~60 µs a row, the driver's prepared statements a few µs, and a
 * snapshot has tens of millions of rows (docs/decisions/007-ingest.md).
 */
export async function openSqlConnection(): Promise<SqlConnection> {
  const database = resolveDatabaseUrl();
  if (database.provider === 'sqlite') {
    const { openSqlite } = await import('./sqlite');
    return openSqlite(database.filePath);
  }
  const { openPostgres } = await import('./postgres');
  return openPostgres(database.url);
}
