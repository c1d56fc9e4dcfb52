import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { searchPapers } from '@/lib/search/search-papers';
import { snapshotLine } from '../../scripts/bench/snapshot-lines';
import { runCli } from '../support/run-cli';

const LINES = 20_000;
const BATCH = 500;

describe('an import killed mid-run', () => {
  it('leaves only whole papers behind, and a rerun completes the job', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'crash-')), 'arxiv-metadata.jsonl');
    writeFileSync(file, Array.from({ length: LINES }, (_, n) => snapshotLine(n)).join('\n'));
    const args = ['snapshot', file, '--batch-size', String(BATCH), '--no-revalidate'];

    // Killed (SIGKILL: no cleanup at all) as soon as the first batch is reported committed.
    const killed = await runCli('ingest.ts', args, { INGEST_PROGRESS_INTERVAL_MS: '0' }, (child) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('progress:')) child.kill('SIGKILL');
      });
    });
    expect(killed.code).toBeNull();

    const papers = await db.paper.count();
    expect(papers).toBeGreaterThanOrEqual(BATCH);
    expect(papers).toBeLessThan(LINES);
    expect(papers % BATCH).toBe(0);
    // Every paper that made it has its authors, categories and listing.
    expect(await db.paper.count({ where: { OR: [{ authors: { none: {} } }, { categories: { none: {} } }, { listing: null }] } })).toBe(0);

    const rerun = await runCli('ingest.ts', args);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`${LINES.toLocaleString('en-US')} records read: ${(LINES - papers).toLocaleString('en-US')} new, 0 updated, ${papers.toLocaleString('en-US')} unchanged`);
    expect(await db.paper.count()).toBe(LINES);

    // Search finds what the killed run committed as well as what the rerun added (PostgreSQL
    // builds an import's search documents after its papers: the rerun finished the killed run's).
    for (const order of ['asc', 'desc'] as const) {
      const paper = await db.paper.findFirstOrThrow({ orderBy: { id: order }, select: { title: true, slug: true } });
      expect((await searchPapers({ q: paper.title })).hits.map((hit) => hit.slug)).toContain(paper.slug);
    }
  }, 300_000);
});
