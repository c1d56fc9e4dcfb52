import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { createSubscribers } from '../factories/subscriber-factory';
import { INGEST_FIXTURES } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';
import { runCli } from '../support/run-cli';

const SNAPSHOT = path.join(INGEST_FIXTURES, 'snapshot', 'arxiv-metadata-sample.jsonl');

let outbox = '';
beforeEach(async () => {
  await resetDatabase();
  outbox = mkdtempSync(path.join(tmpdir(), 'env-cli-outbox-'));
});
afterEach(() => rmSync(outbox, { recursive: true, force: true }));

// Each test starts a command (tsx compiles it first): on a busy shared machine that can take a while.
describe('a bad setting stops every command before it does anything, naming the variable', { timeout: 60_000 }, () => {
  it('npm run ingest, on a progress interval it used to read as "print on every record"', async () => {
    const result = await runCli('ingest.ts', ['snapshot', SNAPSHOT, '--list-on', '2025-09-05'], { INGEST_PROGRESS_INTERVAL_MS: '10s' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('INGEST_PROGRESS_INTERVAL_MS must be a whole number from 0 to 86400000 (got "10s")');
    expect(await db.paper.count()).toBe(0);
  });

  it('npm run papers, on a request timeout it used to replace silently', async () => {
    const result = await runCli('papers.ts', ['add', '2509.00001'], { INGEST_TIMEOUT_MS: 'soon', ARXIV_API_URL: 'http://127.0.0.1:9/api/query' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('INGEST_TIMEOUT_MS must be a whole number');
  });

  it('npm run digest, on a pool size it used to replace silently with 10', async () => {
    const result = await runCli('digest.ts', ['--dry-run'], { DATABASE_POOL_SIZE: 'abc' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DATABASE_POOL_SIZE must be a whole number from 1 to 1000 (got "abc")');
    expect(result.stdout).toBe('');
  });

  it('the server refuses to start on a PUBLIC_BASE_URL that is not a URL', async () => {
    const result = await runCli('serve.ts', [], { PUBLIC_BASE_URL: 'papers.example.org', PORT: '9' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PUBLIC_BASE_URL must be an http(s) URL');
  });
});

describe('the digest command links to the address being served', { timeout: 60_000 }, () => {
  it('with PORT=8080 and no PUBLIC_BASE_URL, every link in the mail points at :8080', async () => {
    await savePapers([buildListedPaper('2025-09-04', 1), buildListedPaper('2025-09-04', 2)]);
    await createSubscribers(1);
    const result = await runCli('digest.ts', ['--date', '2025-09-04'], { HOST: '0.0.0.0', PORT: '8080', PUBLIC_BASE_URL: '', SMTP_URL: '', OUTBOX_DIR: outbox, DIGEST_RATE: '0' });
    expect(result.code).toBe(0);
    const files = readdirSync(outbox).filter((file) => file.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const mail = readFileSync(path.join(outbox, files[0] ?? ''), 'utf8');
    expect(mail).toContain('http://127.0.0.1:8080/papers/');
    expect(mail).toContain('http://127.0.0.1:8080/unsubscribe?token=');
    expect(mail).not.toContain(':3000');
  });
});
