import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { createMailTransport } from '@/lib/mail/transport';
import { readOrCreateSecret } from '@/lib/secrets/file-secret';
import { ROOT } from '../support/run-cli';
import { TMP_ROOT } from '../support/test-database';

// Confirmation links, addresses and the app secret must not be readable by other local users:
// each file is created for the app's user only (0600), in folders only it can list (0700).
mkdirSync(TMP_ROOT, { recursive: true });
const root = mkdtempSync(path.join(TMP_ROOT, 'modes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe('files holding addresses, links and secrets are private', () => {
  it('an outbox message (a live confirmation link) is 0600 in a 0700 folder', async () => {
    const outboxDir = path.join(root, 'outbox');
    const transport = createMailTransport({}, { smtpUrl: null, from: 'Daily Papers <papers@test.example>', outboxDir });
    const sent = await transport.send({ to: 'ada@example.com', subject: 'Confirm', text: 'http://127.0.0.1/confirm?token=x' });
    transport.close();
    expect(modeOf(outboxDir)).toBe('700');
    expect(modeOf(sent.file ?? '')).toBe('600');
  });

  it('a freshly migrated SQLite database is 0600 in a 0700 folder', async () => {
    const file = path.join(root, 'migrated', 'data', 'daily-papers.db');
    await applyMigrations(`file:${file}`);
    expect(modeOf(path.dirname(file))).toBe('700');
    expect(modeOf(file)).toBe('600');
  });

  it('`prisma migrate deploy` (what npm start runs) creates the database 0600', () => {
    const file = path.join(root, 'deployed', 'data', 'daily-papers.db');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(modeOf(path.dirname(file))).toBe('700');
    expect(modeOf(file)).toBe('600');
  }, 90_000); // the Prisma CLI and its engine start in ~5–20 s on a busy machine

  it("the app's own connection creates the database, its WAL and shared-memory files 0600", async () => {
    const file = path.join(root, 'app', 'data', 'daily-papers.db');
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${file}`;
    vi.resetModules();
    const { db, disconnectDb } = await import('@/lib/db');
    try {
      await db.$executeRawUnsafe('CREATE TABLE probe (x INTEGER)');
      await db.$executeRawUnsafe('INSERT INTO probe VALUES (1)');
      expect(modeOf(path.dirname(file))).toBe('700');
      expect([modeOf(file), modeOf(`${file}-wal`), modeOf(`${file}-shm`)]).toEqual(['600', '600', '600']);
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = previous;
    }
  });

  it('a generated secret is 0600 in a 0700 data folder', () => {
    const secretRoot = path.join(root, 'secret');
    readOrCreateSecret('app-secret', undefined, secretRoot);
    expect(modeOf(path.join(secretRoot, 'data'))).toBe('700');
    expect(modeOf(path.join(secretRoot, 'data', 'app-secret'))).toBe('600');
  });
});
