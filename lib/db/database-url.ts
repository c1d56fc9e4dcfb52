// Resolves DATABASE_URL into one shape shared by prisma.config.ts (the CLI), lib/db.ts (the app)
// and the test helpers, so every process agrees on the engine and on the same absolute SQLite file.
// Pure on purpose (no 'server-only', no I/O): Next, tsx scripts, vitest and the Prisma CLI's config
// loader all import it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PoolConfig } from 'pg';
import { getEnv, type Env, type EnvSource } from '../env';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export type ResolvedDatabase =
  | { provider: 'sqlite'; url: string; filePath: string }
  | { provider: 'postgresql'; url: string };

/** The embedded default when DATABASE_URL is unset: the app boots with no configuration. */
export const DEFAULT_SQLITE_FILE = 'data/daily-papers.db';

const POSTGRES_SCHEMES = ['postgresql:', 'postgres:'];

export function resolveDatabaseUrl(
  env: Pick<Env, 'DATABASE_URL'> | EnvSource = getEnv(),
  cwd: string = process.cwd(),
): ResolvedDatabase {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return sqliteAt(path.resolve(cwd, DEFAULT_SQLITE_FILE));

  const scheme = raw.slice(0, raw.indexOf(':') + 1).toLowerCase();
  if (POSTGRES_SCHEMES.includes(scheme)) return { provider: 'postgresql', url: raw };
  if (scheme === 'file:') return sqliteAt(sqliteFilePath(raw, cwd));

  throw new Error(
    'DATABASE_URL must start with "file:" (SQLite) or "postgresql://" / "postgres://" (PostgreSQL); ' +
      `got "${raw.slice(0, 12)}…". Leave it unset to use ./${DEFAULT_SQLITE_FILE}.`,
  );
}

function sqliteAt(filePath: string): ResolvedDatabase {
  return { provider: 'sqlite', url: `file:${filePath}`, filePath };
}

// Accepts `file:./rel.db`, `file:/abs.db` and `file:///abs.db`. Query parameters (Prisma 5's
// `?connection_limit=`) mean nothing to better-sqlite3, which would make them part of the file
// name, so they are dropped.
function sqliteFilePath(url: string, cwd: string): string {
  const withoutQuery = url.replace(/[?#].*$/, '');
  const filePath = withoutQuery.startsWith('file://')
    ? fileURLToPath(withoutQuery)
    : decodeURIComponent(withoutQuery.slice('file:'.length));
  if (!filePath) throw new Error('DATABASE_URL "file:" has no path.');
  return path.resolve(cwd, filePath);
}

/** A pg pool config plus the Postgres schema (Prisma's `?schema=` parameter), if any. */
export interface PgConnectionConfig {
  pool: PoolConfig;
  schema: string | undefined;
}

/**
 * Splits a postgres URL into discrete pg Pool fields. Never hand pg a `connectionString`: it
 * overrides `database`, so @prisma/adapter-pg's shadow database (a copy of the config with another
 * `database`) would silently be the main one (see docs STACK.md, "DANGER").
 */
export function toPgConnectionConfig(url: string): PgConnectionConfig {
  const parsed = new URL(url);
  const params = parsed.searchParams;
  const sslmode = params.get('sslmode');
  const connectTimeout = Number(params.get('connect_timeout'));
  const pool: PoolConfig = {
    host: params.get('host') ?? (decodeURIComponent(parsed.hostname) || 'localhost'),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || undefined,
    ssl: sslFor(sslmode),
    application_name: params.get('application_name') ?? undefined,
    connectionTimeoutMillis: connectTimeout > 0 ? connectTimeout * 1000 : undefined,
  };
  const schema = params.get('schema') ?? undefined;
  if (schema) pool.options = `-c search_path="${schema.replaceAll('"', '""')}"`;
  return { pool, schema };
}

// libpq's sslmode values; `no-verify` is pg's own. `prefer` cannot be expressed in pg (it has no
// fallback to plaintext), so it is treated like libpq's default, no TLS.
function sslFor(sslmode: string | null): PoolConfig['ssl'] {
  switch (sslmode) {
    case 'require':
    case 'verify-ca':
    case 'verify-full':
      return true;
    case 'no-verify':
      return { rejectUnauthorized: false };
    default:
      return undefined;
  }
}
