import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SqlConnection, SqlValue } from './connection';

const BUSY_TIMEOUT_MS = 5000;
const STATEMENT_CACHE_SIZE = 64;

/** The same pragmas as lib/db.ts: WAL so the app keeps reading while an import writes. */
export function openSqlite(filePath: string): SqlConnection {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const database = new Database(filePath, { timeout: BUSY_TIMEOUT_MS });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Checkpoint every ~80 MB of WAL instead of every 4 MB: a bulk import rewrites the same index
  // pages batch after batch, and each checkpoint copies (and fsyncs) them all again.
  database.pragma('wal_autocheckpoint = 20000');
  // Batches use a handful of statement shapes over and over: preparing each once saves ~15%.
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = database.prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(sql, statement);
    }
    return statement;
  };
  return {
    engine: 'sqlite',
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql).all(encodeAll(params)) as T[];
    },
    async run(sql, params = []) {
      prepare(sql).run(encodeAll(params));
    },
    async transaction(work) {
      // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
      database.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        database.exec('COMMIT');
        return result;
      } catch (error) {
        if (database.inTransaction) database.exec('ROLLBACK');
        throw error;
      }
    },
    async close() {
      cache.clear();
      database.close();
    },
  };
}

// Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset. Most
// statements carry no dates at all, so the array is only copied when one needs encoding.
function encodeAll(params: readonly SqlValue[]): (string | number | null)[] {
  let encoded: (string | number | null)[] | null = null;
  for (let i = 0; i < params.length; i += 1) {
    const value = params[i];
    if (value instanceof Date) {
      encoded ??= params.slice() as (string | number | null)[];
      encoded[i] = value.toISOString().replace('Z', '+00:00');
    }
  }
  return encoded ?? (params as (string | number | null)[]);
}
