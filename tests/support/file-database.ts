/**
 * Runs before each test file: points DATABASE_URL at a fresh copy of the migrated base
 * database, before any test imports lib/db, and removes the copy when the file is done.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { onPostgresServer, postgresUrlFor, quoteIdent } from './test-database';

const base = inject('baseDatabase');
const suffix = `${process.env.VITEST_POOL_ID ?? '0'}_${Math.random().toString(36).slice(2, 8)}`;

if (base.engine === 'sqlite') {
  const file = base.file.replace(/base\.db$/, `file-${suffix}.db`);
  copyFileSync(base.file, file);
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(async () => {
    const { disconnectDb } = await import('@/lib/db');
    await disconnectDb();
    for (const extra of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${extra}`, { force: true });
  });
} else {
  const name = base.name.replace(/_base$/, `_f${suffix}`);
  await onPostgresServer((client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(base.name)}`));
  process.env.DATABASE_URL = postgresUrlFor(name);
  afterAll(async () => {
    const { disconnectDb } = await import('@/lib/db');
    await disconnectDb();
    await onPostgresServer((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  });
}
