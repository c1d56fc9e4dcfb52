/**
 * Where the tests' databases live. TEST_DATABASE picks the engine (sqlite | postgresql);
 * TEST_POSTGRES_URL names the server (default: the local one, trust auth).
 */
import path from 'node:path';
import pg from 'pg';

export type TestEngine = 'sqlite' | 'postgresql';

export function testEngine(): TestEngine {
  const engine = process.env.TEST_DATABASE ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgresql') {
    throw new Error(`TEST_DATABASE must be "sqlite" or "postgresql", not "${engine}"`);
  }
  return engine;
}

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const TMP_ROOT = path.resolve(import.meta.dirname, '../../.tmp');

export function postgresUrlFor(database: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
export async function onPostgresServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Database names are built from [a-z0-9_] only, so quoting them is enough. */
export function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return `"${name}"`;
}

export async function dropPostgresDatabases(prefix: string): Promise<string[]> {
  return onPostgresServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }
    return rows.map((row) => row.datname);
  });
}
