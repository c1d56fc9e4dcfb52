import { db } from '@/lib/db';
import { resolveDatabaseUrl } from '@/lib/db/database-url';
import type { SqlConnection, SqlValue } from './connection';

/** The Prisma client of an interactive transaction, for reads beside the write path's SQL. */
export type DbTransaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export interface PrismaTransactionOptions {
  /** How long the whole transaction may take (Prisma's default, 5 s, is short for a busy SQLite file). */
  timeoutMs?: number;
}

/**
 * Runs `work` with a {@link SqlConnection} that is one Prisma interactive transaction: the
 * write path (write-batch.ts) for a web request. The CLIs open their own driver connection
 * (connection.ts); inside the app that would be a second SQLite connection in the same process,
 * and better-sqlite3 waits for a lock synchronously: a vote's transaction, holding the write
 * lock across an await, could then never finish while the other connection's BEGIN IMMEDIATE
 * spins on the one thread, and both would fail after the busy timeout. Through Prisma, the
 * app's writes share one connection (SQLite) or one pool (PostgreSQL).
 *
 * Nested `transaction()` calls join this one. Values are encoded as the driver store encodes
 * them, so rows written here read back exactly like an import's.
 */
export async function inPrismaTransaction<T>(work: (sql: SqlConnection, tx: DbTransaction) => Promise<T>, options: PrismaTransactionOptions = {}): Promise<T> {
  const engine = resolveDatabaseUrl().provider;
  return db.$transaction(
    async (tx) => {
      return work(prismaSqlConnection(tx, engine), tx);
    },
    { maxWait: 10_000, timeout: options.timeoutMs ?? 20_000 },
  );
}

function prismaSqlConnection(tx: DbTransaction, engine: 'sqlite' | 'postgresql'): SqlConnection {
  const translate = (text: string) => {
    if (engine === 'sqlite') return text;
    let n = 0;
    return text.replace(/\?/g, () => `$${(n += 1)}`);
  };
  const encode = (value: SqlValue) => {
    if (!(value instanceof Date)) return value;
    // SQLite: ISO text with an explicit offset, as Prisma's adapter stores DateTime. PostgreSQL:
    // UTC wall time for a TIMESTAMP(3) column, as lib/ingest/store/postgres.ts sends it.
    return engine === 'sqlite' ? value.toISOString().replace('Z', '+00:00') : value.toISOString();
  };
  return {
    engine,
    async all<R>(text: string, params: readonly SqlValue[] = []) {
      return tx.$queryRawUnsafe<R[]>(translate(text), ...params.map(encode));
    },
    async run(text, params = []) {
      await tx.$executeRawUnsafe(translate(text), ...params.map(encode));
    },
    transaction: (inner) => inner(),
    async close() {},
  };
}
