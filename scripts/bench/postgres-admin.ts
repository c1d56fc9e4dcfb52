// CREATE/DROP DATABASE for the catalogues; they cannot run inside the database they change.
import pg from 'pg';
import { POSTGRES_SERVER } from './paths';

export async function onPostgresServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function postgresDatabaseExists(name: string): Promise<boolean> {
  return onPostgresServer(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await onPostgresServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** A fresh database, optionally a copy of `template` (which must have no connections). */
export async function createPostgresDatabase(name: string, template?: string): Promise<void> {
  await dropPostgresDatabase(name);
  await onPostgresServer((client) => client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
}
