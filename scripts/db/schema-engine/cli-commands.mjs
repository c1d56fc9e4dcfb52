// `schema-engine --datasource '<json>' cli <command>`: one-shot commands the CLI runs before
// migrate/db commands (can-connect-to-database, then create-database on P1003). They need no
// wasm engine: a plain connection answers them, with the native engine's error codes.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { coded, pgConnectionError } from './errors.mjs';
import { createPrivateFile } from './private-file.mjs';
import { pgConnectionConfig } from './datasource.mjs';

export async function canConnectToDatabase(source) {
  if (source.provider === 'sqlite') {
    if (source.filePath !== ':memory:' && !fs.existsSync(source.filePath)) {
      throw coded('P1003', `Database \`${path.basename(source.filePath)}\` does not exist at \`${source.filePath}\``);
    }
    return;
  }
  const { pool } = pgConnectionConfig(source.url);
  await withPgClient(pool, (client) => client.query('SELECT 1'));
}

export async function createDatabase(source) {
  if (source.provider === 'sqlite') {
    createPrivateFile(source.filePath);
    new Database(source.filePath).close(); // makes it a database, as the native engine does
    return { databaseName: path.basename(source.filePath) };
  }
  const { pool } = pgConnectionConfig(source.url);
  const name = pool.database ?? pool.user;
  // CREATE DATABASE cannot run inside the database being created: use the maintenance database.
  await withPgClient({ ...pool, database: 'postgres' }, (client) => client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`), pool);
  return { databaseName: name };
}

export async function dropDatabase(source) {
  if (source.provider === 'sqlite') {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${source.filePath}${suffix}`, { force: true });
    return;
  }
  const { pool } = pgConnectionConfig(source.url);
  const name = pool.database ?? pool.user;
  await withPgClient({ ...pool, database: 'postgres' }, (client) => client.query(`DROP DATABASE "${name.replaceAll('"', '""')}"`), pool);
}

// Errors are reported against the database the user named, not the maintenance one.
async function withPgClient(config, fn, reportAs = config) {
  const client = new pg.Client(config);
  client.on('error', () => {}); // a dropped idle connection must not crash the process
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw pgConnectionError(error, { ...reportAs, database: reportAs.database ?? reportAs.user });
  } finally {
    await client.end().catch(() => {});
  }
}
