// Applies prisma/<provider>/migrations/*/migration.sql without the Prisma CLI: fast test setup
// (a migrated base database per worker) and images without dev dependencies. It writes the same
// `_prisma_migrations` rows as Prisma's engine (same table, sha256 checksums, the engine's
// advisory lock on PostgreSQL), so stock `prisma migrate status|deploy|resolve` accept the result.
// Like `migrate deploy`: creates a missing database, refuses a non-empty one without history
// (P3005), stops at a failed migration (P3009) and records a new failure with its logs (P3018).
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ensurePrivateSqliteFile } from '../fs/private-files';
import { resolveDatabaseUrl, toPgConnectionConfig } from './database-url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The key Prisma's engine locks on PostgreSQL: a concurrent `migrate deploy` waits for us.
const ADVISORY_LOCK_KEY = 72707369;

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;
const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  script: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** What a database engine must do for the shared algorithm in {@link runMigrations}. */
interface MigrationTarget {
  hasHistoryTable(): Promise<boolean>;
  hasOtherTables(): Promise<boolean>;
  createHistoryTable(): Promise<void>;
  appliedRows(): Promise<AppliedRow[]>;
  /** Runs the script; on failure records the row with its logs and rethrows. */
  apply(migration: Migration): Promise<void>;
}

export class MigrationError extends Error {
  constructor(
    readonly code: 'P3005' | 'P3009' | 'P3018',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'MigrationError';
  }
}

export function readMigrations(migrationsDir: string): Migration[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b)) // the CLI's order
    .map((name) => {
      const script = fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, script, checksum: createHash('sha256').update(script).digest('hex') };
    });
}

/** Applies pending migrations to `url` (a DATABASE_URL); returns the names it applied. */
export async function applyMigrations(url: string, options: { migrationsDir?: string } = {}): Promise<string[]> {
  const database = resolveDatabaseUrl({ DATABASE_URL: url }, PROJECT_ROOT);
  const folder = database.provider === 'sqlite' ? 'sqlite' : 'postgres';
  const migrations = readMigrations(options.migrationsDir ?? path.join(PROJECT_ROOT, 'prisma', folder, 'migrations'));
  return database.provider === 'sqlite'
    ? withSqlite(database.filePath, (target) => runMigrations(target, migrations))
    : withPostgres(database.url, (target) => runMigrations(target, migrations));
}

async function runMigrations(target: MigrationTarget, migrations: Migration[]): Promise<string[]> {
  if (!(await target.hasHistoryTable())) {
    if (await target.hasOtherTables()) {
      throw new MigrationError('P3005', 'The database schema is not empty. See https://pris.ly/d/migrate-baseline');
    }
    await target.createHistoryTable();
  }
  const rows = (await target.appliedRows()).filter((row) => row.rolled_back_at === null);
  const failed = rows.filter((row) => row.finished_at === null).map((row) => row.migration_name);
  if (failed.length > 0) {
    throw new MigrationError('P3009', `Failed migrations in the target database: ${failed.join(', ')}. Resolve them (prisma migrate resolve) before applying new ones.`);
  }
  const done = new Set(rows.map((row) => row.migration_name));
  const applied: string[] = [];
  for (const migration of migrations.filter((m) => !done.has(m.name))) {
    try {
      await target.apply(migration);
    } catch (error) {
      throw new MigrationError('P3018', `Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    applied.push(migration.name);
  }
  return applied;
}

async function withSqlite<T>(filePath: string, fn: (target: MigrationTarget) => Promise<T>): Promise<T> {
  ensurePrivateSqliteFile(filePath);
  const db = new Database(filePath, { timeout: 5000 });
  // The engine stores timestamps through the adapter as ISO strings with an explicit offset.
  const now = () => new Date().toISOString().replace('Z', '+00:00');
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number) > 0;
  try {
    return await fn({
      hasHistoryTable: async () => count(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`),
      hasOtherTables: async () => count(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`),
      createHistoryTable: async () => void db.exec(SQLITE_TABLE),
      appliedRows: async () => db.prepare('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations').all() as AppliedRow[],
      apply: async ({ name, script, checksum }) => {
        const id = randomUUID();
        db.prepare('INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)').run(id, checksum, name, now());
        try {
          // Not in a transaction: Prisma's SQLite scripts toggle PRAGMA foreign_keys, which is a
          // no-op inside one. The engine runs them the same way.
          db.exec(script);
        } catch (error) {
          db.prepare('UPDATE _prisma_migrations SET logs = ? WHERE id = ?').run(String(error), id);
          throw error;
        }
        db.prepare('UPDATE _prisma_migrations SET finished_at = ?, applied_steps_count = 1 WHERE id = ?').run(now(), id);
      },
    });
  } finally {
    db.close();
  }
}

async function withPostgres<T>(url: string, fn: (target: MigrationTarget) => Promise<T>): Promise<T> {
  const { pool: config, schema } = toPgConnectionConfig(url);
  const client = await connectCreatingDatabase(config);
  const exists = async (sql: string) => (await client.query<{ found: boolean }>(sql)).rows[0]?.found === true;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replaceAll('"', '""')}"`);
    return await fn({
      hasHistoryTable: () => exists(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found`),
      hasOtherTables: () => exists(`SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema()) AS found`),
      createHistoryTable: async () => void (await client.query(PG_TABLE)),
      appliedRows: async () => (await client.query<AppliedRow>('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations')).rows,
      apply: async ({ name, script, checksum }) => {
        const id = randomUUID();
        await client.query('INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)', [id, checksum, name]);
        try {
          // One simple query, as the engine sends it: PostgreSQL runs it in one implicit transaction.
          await client.query(script);
        } catch (error) {
          await client.query('UPDATE _prisma_migrations SET logs = $1 WHERE id = $2', [String(error), id]);
          throw error;
        }
        await client.query('UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
      },
    });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function connectCreatingDatabase(config: pg.PoolConfig): Promise<pg.Client> {
  const client = new pg.Client(config);
  try {
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: database does not exist
  }
  const name = config.database ?? config.user ?? '';
  const admin = new pg.Client({ ...config, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile by someone else
  } finally {
    await admin.end();
  }
  const retry = new pg.Client(config);
  await retry.connect();
  return retry;
}
