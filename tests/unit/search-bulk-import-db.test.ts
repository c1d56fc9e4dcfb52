import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseProvider, db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { runIngest } from '@/lib/ingest/pipeline';
import { catchUpSearchIndexNow } from '@/lib/search/bulk-load';
import { findMatches } from '@/lib/search/find-matches';
import { wordsOf } from '@/lib/search/query-terms';
import { searchPapers } from '@/lib/search/search-papers';
import { snapshotLine } from '../../scripts/bench/snapshot-lines';
import { buildPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';
import { runCli } from '../support/run-cli';

// SQLite indexes a bulk import's papers in chunks after writing them, not one by one
// (docs/decisions/023-sqlite-search-at-a-million.md). These are the promises that keeps.

const titles = async (q: string) => (await searchPapers({ q })).hits.map((hit) => hit.title);

/** Papers that a search for the longest word of their own title does not find. */
async function unsearchable(): Promise<string[]> {
  const missing: string[] = [];
  for (const paper of await db.paper.findMany({ select: { id: true, slug: true, title: true } })) {
    const word = wordsOf(paper.title).sort((a, b) => b.length - a.length)[0] ?? '';
    const found = await findMatches({ terms: [[word]], mode: 'any', idRange: { from: paper.id, to: paper.id }, limit: 1, offset: 0 });
    if (found.length === 0) missing.push(paper.slug);
  }
  return missing;
}

beforeEach(async () => {
  await resetDatabase();
});

describe('search after a bulk import', () => {
  it('finds a paper that one run imported twice by its newer title only', async () => {
    const version = (arxivVersion: number, title: string) => ({
      kind: 'paper' as const,
      position: `v${arxivVersion}`,
      paper: buildPaper({ arxivId: '2510.99011', arxivVersion, title }),
      listing: null,
    });
    await runIngest([version(1, 'Okapi Lattices'), version(2, 'Tapir Lattices')], { source: 'arxiv', authority: 'arxiv', listing: { mode: 'none' } });
    expect(await titles('tapir')).toEqual(['Tapir Lattices']);
    expect(await titles('okapi')).toEqual([]);
  });

  it('a killed import: its papers are found once the site starts again, or adds a paper, and after the rerun', async () => {
    const lines = 1_200;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'search-crash-')), 'arxiv-metadata.jsonl');
    writeFileSync(file, Array.from({ length: lines }, (_, n) => snapshotLine(n)).join('\n'));
    const args = ['snapshot', file, '--batch-size', '200', '--no-revalidate'];
    const killed = await runCli('ingest.ts', args, { INGEST_PROGRESS_INTERVAL_MS: '0' }, (child) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('progress:')) child.kill('SIGKILL');
      });
    });
    expect(killed.code).toBeNull();
    const written = await db.paper.count();
    expect(written).toBeGreaterThan(0);

    // What `npm start` does first.
    await catchUpSearchIndexNow();
    expect(await unsearchable()).toEqual([]);

    // The site adding a paper once the killed import's lease has run out (made to run out here:
    // it lasts two minutes) indexes whatever is still waiting, its own paper included.
    await runCli('ingest.ts', args, { INGEST_PROGRESS_INTERVAL_MS: '0' }, (child) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('progress:')) child.kill('SIGKILL');
      });
    });
    if (databaseProvider() === 'sqlite') await db.$executeRawUnsafe('UPDATE "PaperSearchState" SET "bulkLoadUntil" = 0');
    await savePapers([{ paper: buildPaper({ title: 'Manatee Heuristics' }), listing: null }]);
    expect(await titles('manatee')).toEqual(['Manatee Heuristics']);
    // PostgreSQL builds a killed import's queued documents at the next start or import, not at
    // the next paper the site adds (decision 024).
    if (databaseProvider() === 'postgresql') await catchUpSearchIndexNow();
    expect(await unsearchable()).toEqual([]);

    const rerun = await runCli('ingest.ts', args);
    expect(rerun.code).toBe(0);
    expect(await db.paper.count()).toBe(lines + 1);
    expect(await unsearchable()).toEqual([]);
  }, 180_000);
});

describe('ranking a bounded set of matches', () => {
  afterEach(() => {
    delete process.env.SEARCH_RANKED_MATCHES;
    resetEnvCache();
  });

  it('ranks a title match above abstract matches among the newest matches, and (SQLite) only those', async () => {
    process.env.SEARCH_RANKED_MATCHES = '10';
    resetEnvCache();
    const abstractOnly = (n: number) => buildPaper({ title: `Harbour Logistics ${n}`, abstract: `A narwhal appears once in this abstract about harbours (${n}).` });
    await savePapers([{ paper: buildPaper({ title: 'Narwhal Tusks as Sensors' }), listing: null }]);
    await savePapers(Array.from({ length: 12 }, (_, n) => ({ paper: abstractOnly(n), listing: null })));
    await savePapers([{ paper: buildPaper({ title: 'Narwhal Migration Models' }), listing: null }]);
    await savePapers(Array.from({ length: 3 }, (_, n) => ({ paper: abstractOnly(100 + n), listing: null })));

    const found = await titles('narwhal');
    expect(found[0]).toBe('Narwhal Migration Models');
    if (databaseProvider() === 'sqlite') {
      // The oldest paper matches best of all, but 10 newer papers match too.
      expect(found).toHaveLength(10);
      expect(found).not.toContain('Narwhal Tusks as Sensors');
    } else {
      expect(found.slice(0, 2).sort()).toEqual(['Narwhal Migration Models', 'Narwhal Tusks as Sensors']);
    }
  });
});
