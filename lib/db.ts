// The one Prisma client. The engine is a deployment choice made by DATABASE_URL (see
// lib/db/database-url.ts): SQLite through better-sqlite3 by default, PostgreSQL through pg to scale
// out. Each engine has its own generated client (a client embeds its provider's query compiler);
// both expose the same API for our models, so domain code sees one type and never knows which.
//
// No `import 'server-only'` here on purpose: domain code also runs in plain vitest and tsx scripts
// (seed, CLIs). What keeps this out of client bundles is that only lib/<domain> imports it.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PgPrismaClient } from './generated/prisma-pg/client';
import { PrismaClient as SqlitePrismaClient } from './generated/prisma-sqlite/client';
import { ensurePrivateSqliteFile } from './fs/private-files';
import { resolveDatabaseUrl, toPgConnectionConfig, type DatabaseProvider } from './db/database-url';
import { getEnv } from './env';

export type Db = SqlitePrismaClient;

const BUSY_TIMEOUT_MS = 5000;

// Per connection. WAL lets readers (page renders) proceed while a writer (ingest) commits;
// synchronous=NORMAL is the durable-enough pairing for WAL; busy_timeout makes a second writer
// wait instead of failing with SQLITE_BUSY; foreign_keys must be on for ON DELETE CASCADE.
const SQLITE_PRAGMAS = [
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA foreign_keys = ON',
].join(';\n');

interface CachedDb {
  /** The resolved URL the client was built for: a different one (a test's own file) gets its own. */
  url: string;
  provider: DatabaseProvider;
  client: Db;
}

// On globalThis so that Next's dev server, which re-evaluates modules on every edit, keeps reusing
// one client (and one pool) instead of opening another per reload.
const globalForDb = globalThis as typeof globalThis & { __dailyPapersDb?: CachedDb };

function createSqliteClient(filePath: string): Db {
  const factory = new PrismaBetterSqlite3({ url: filePath, timeout: BUSY_TIMEOUT_MS });
  return new SqlitePrismaClient({
    adapter: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      async connect() {
        // Private before SQLite creates it (0644 otherwise), with its WAL and shared-memory files.
        ensurePrivateSqliteFile(filePath);
        const connection = await factory.connect();
        await connection.executeScript(SQLITE_PRAGMAS);
        return connection;
      },
    },
  });
}

function createPgClient(url: string): Db {
  const { pool, schema } = toPgConnectionConfig(url);
  const max = getEnv().DATABASE_POOL_SIZE;
  // Discrete fields, never `connectionString` (see toPgConnectionConfig).
  const client = new PgPrismaClient({ adapter: new PrismaPg({ ...pool, max }, { schema }) });
  // Same models, same API: the SQLite client's type stands for both.
  return client as unknown as Db;
}

function readOrCreateDb(): CachedDb {
  const database = resolveDatabaseUrl();
  const cached = globalForDb.__dailyPapersDb;
  if (cached?.url === database.url) return cached;

  void cached?.client.$disconnect();
  const client = database.provider === 'sqlite' ? createSqliteClient(database.filePath) : createPgClient(database.url);
  globalForDb.__dailyPapersDb = { url: database.url, provider: database.provider, client };
  return globalForDb.__dailyPapersDb;
}

/** Constructing a client does not connect: the first query does. */
export const db: Db = readOrCreateDb().client;

export function databaseProvider(): DatabaseProvider {
  return globalForDb.__dailyPapersDb?.provider ?? resolveDatabaseUrl().provider;
}

/**
 * Closes the connection (SQLite file handle or pg pool), for scripts and tests that must exit.
 * `db` stays usable: its next query reconnects.
 */
export async function disconnectDb(): Promise<void> {
  await globalForDb.__dailyPapersDb?.client.$disconnect();
}
