import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getPaperBySlug } from '@/lib/papers/queries';
import { ARXIV_DATA, INGEST_FIXTURES, startTestServer, type TestServer } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';
import { runCli } from '../support/run-cli';

const TESTING = path.join(ARXIV_DATA, 'q_testing_s0_m100_cfe7536492ca.xml');

let app: TestServer | undefined;
beforeEach(resetDatabase);
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('npm run ingest', () => {
  it('lists its sources and options', async () => {
    const { code, stdout } = await runCli('ingest.ts', ['--help']);
    expect(code).toBe(0);
    for (const text of ['arxiv', 'oai', 'snapshot', 'hf', '--list-on', '--no-list', '--since', '--categories']) expect(stdout).toContain(text);
  });

  it('imports 100 papers, asks the running app to revalidate, and reports 100 unchanged the second time', async () => {
    app = await startTestServer((request, response) => response.writeHead(200).end('{"revalidated":true}'));
    const env = { REVALIDATE_URLS: app.url };
    const first = await runCli('ingest.ts', ['arxiv', TESTING], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('100 records read: 100 new, 0 updated, 0 unchanged, 0 skipped.');
    expect(app.requests).toMatchObject([{ method: 'POST', authorization: 'Bearer test-secret-with-enough-length' }]);
    expect(app.requests[0]?.url.pathname).toBe('/api/revalidate');

    const second = await runCli('ingest.ts', ['arxiv', TESTING], env);
    expect(second.stdout).toContain('100 records read: 0 new, 0 updated, 100 unchanged, 0 skipped.');
    expect(app.requests).toHaveLength(1);
    expect(await db.paper.count()).toBe(100);
  });

  it('reports bad records with their line and reason, and sums skips by reason', async () => {
    const sample = path.join(INGEST_FIXTURES, 'snapshot', 'arxiv-metadata-sample.jsonl');
    const { code, stdout, stderr } = await runCli('ingest.ts', ['snapshot', sample, '--list-on', '2025-09-05'], { INGEST_PROGRESS_INTERVAL_MS: '0' });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^line 2: invalid JSON \(/m);
    expect(stderr).toMatch(/^line 3: missing id$/m);
    expect(stderr).toMatch(/^progress: 6 records/m);
    expect(stdout).toContain('6 records read: 4 new, 0 updated, 0 unchanged, 2 skipped.');
    expect(stdout).toContain('skipped, invalid JSON: 1');
    expect((await getPaperBySlug('0704.0002'))?.listing?.day).toBe('2025-09-05');
  });

  it('refuses a record whose abstract is over the cap, naming its line, and imports the rest', async () => {
    const sample = path.join(INGEST_FIXTURES, 'snapshot', 'arxiv-metadata-sample.jsonl');
    const base = JSON.parse(readFileSync(sample, 'utf8').split('\n')[0] ?? '{}') as Record<string, unknown>;
    // A crafted abstract: well past arXiv's own 1,920 characters and the import cap of 5,000.
    const oversized = `We resolve $x$${'0$'.repeat(3_000)}`;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-')), 'arxiv-metadata.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ ...base, id: '2509.07776' }),
        JSON.stringify({ ...base, id: '2509.07777', abstract: oversized }),
        JSON.stringify({ ...base, id: '2509.07778' }),
      ].join('\n'),
    );
    const { code, stdout, stderr } = await runCli('ingest.ts', ['snapshot', file], { INGEST_PROGRESS_INTERVAL_MS: '0' });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^line 2 \(2509\.07777\): abstract too long \(6,014 characters; at most 5,000\)$/m);
    expect(stdout).toContain('3 records read: 2 new, 0 updated, 0 unchanged, 1 skipped.');
    expect(stdout).toContain('skipped, abstract too long: 1');
    expect((await db.paper.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } })).map((paper) => paper.slug)).toEqual(['2509.07776', '2509.07778']);
  });

  it('fails fast, writing nothing, on an input that is not the source’s format', async () => {
    const { code, stderr } = await runCli('ingest.ts', ['hf', TESTING]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not Hugging Face daily-papers JSON/);
    expect(await db.paper.count()).toBe(0);
  });

  it('refuses unknown sources and contradictory options', async () => {
    expect(await runCli('ingest.ts', ['rss', TESTING])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown source "rss"') });
    expect(await runCli('ingest.ts', ['arxiv', TESTING, '--list-on', '2025-09-05', '--no-list'])).toMatchObject({ code: 2 });
    expect(await runCli('ingest.ts', ['arxiv', TESTING, '--list-on', '2025-13-01'])).toMatchObject({ code: 2, stderr: expect.stringContaining('YYYY-MM-DD') });
  });
});
