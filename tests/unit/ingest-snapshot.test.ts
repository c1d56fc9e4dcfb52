import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import { runIngest } from '@/lib/ingest/pipeline';
import { readSnapshotFiles } from '@/lib/ingest/sources/snapshot';
import type { SnapshotFilters } from '@/lib/ingest/sources/snapshot-record';
import { InputFormatError, type Rejection } from '@/lib/ingest/types';
import { getPaperBySlug } from '@/lib/papers/queries';
import { snapshotPapers } from '../support/ingest-db';
import { INGEST_FIXTURES } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';

const SAMPLE = path.join(INGEST_FIXTURES, 'snapshot', 'arxiv-metadata-sample.jsonl');

beforeEach(resetDatabase);

async function importSnapshot(files: string[], filters: SnapshotFilters = {}) {
  const rejected: Rejection[] = [];
  const summary = await runIngest(readSnapshotFiles(files, filters).items, {
    source: 'snapshot',
    authority: 'arxiv',
    listing: { mode: 'source' },
    onReject: (rejection) => rejected.push(rejection),
  });
  return { summary, rejected };
}

function tempCopyWith(extraLines: string[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'snapshot-')), 'arxiv-metadata.jsonl');
  copyFileSync(SAMPLE, file);
  writeFileSync(file, `${readFileSync(file, 'utf8')}${extraLines.join('\n')}\n`);
  return file;
}

describe('the arXiv metadata snapshot', () => {
  it('imports the good lines and reports the broken ones by line number', async () => {
    const { summary, rejected } = await importSnapshot([SAMPLE]);
    expect(summary).toEqual({ read: 6, created: 4, updated: 0, unchanged: 0, skipped: { 'invalid JSON': 1, 'missing id': 1 } });
    expect(rejected.map(({ position, reason }) => [position, reason])).toEqual([
      ['line 2', 'invalid JSON'],
      ['line 3', 'missing id'],
    ]);

    expect(await getPaperBySlug('0704.0002')).toMatchObject({
      arxivVersion: 2,
      authors: [
        { name: 'Ileana Streinu', affiliation: null },
        { name: 'Louis Theran', affiliation: null },
      ],
      categories: ['math.CO', 'cs.CG'],
      publishedAt: new Date('2007-03-31T02:26:18Z'),
      listing: { day: '2007-03-31', rank: 1, submittedBy: null },
    });
    // The hard-wrapped, indented abstract becomes one clean paragraph.
    expect((await getPaperBySlug('0704.0002'))?.abstract).toMatch(/^We describe a new algorithm, the \$\(k,\\ell\)\$-pebble game with colors, and use it obtain/);
    expect(await getPaperBySlug('hep-th/9608091')).toMatchObject({ title: 'Black Holes in String Theory', categories: ['hep-th', 'gr-qc'] });
    expect((await getPaperBySlug('2509.01234'))?.authors[0]).toEqual({ name: 'Ada Example', affiliation: 'ETH Zurich' });
    // TeX accents in names become letters.
    expect((await getPaperBySlug('1501.00001'))?.authors.map((author) => author.name)).toEqual(['M. Müller', 'J. García']);

    const before = await snapshotPapers();
    expect((await importSnapshot([SAMPLE])).summary).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await snapshotPapers()).toEqual(before);
  });

  it('streams lines with huge abstracts, refusing those past the cap by line, and keeps one at the cap', async () => {
    const base = JSON.parse(readFileSync(SAMPLE, 'utf8').split('\n')[0] ?? '{}') as Record<string, unknown>;
    const paragraph = 'We measure very carefully. '.repeat(40);
    const long = `  ${Array.from({ length: 80 }, () => paragraph).join('\n')}\n`; // ~86 kB: spans chunks
    const file = tempCopyWith([
      JSON.stringify({ ...base, id: '2509.07777', abstract: long }),
      JSON.stringify({ ...base, id: '2509.08888', abstract: 'x'.repeat(150_000) }),
      JSON.stringify({ ...base, id: '2509.09999', abstract: 'y'.repeat(5_000) }),
    ]);
    const { summary, rejected } = await importSnapshot([file]);
    expect(summary).toMatchObject({ created: 5, skipped: { 'abstract too long': 2, 'invalid JSON': 1, 'missing id': 1 } });
    expect(rejected.slice(-2)).toEqual([
      { position: 'line 7 (2509.07777)', reason: 'abstract too long', detail: expect.stringMatching(/^86,\d{3} characters; at most 5,000$/) },
      { position: 'line 8 (2509.08888)', reason: 'abstract too long', detail: '150,000 characters; at most 5,000' },
    ]);
    expect((await getPaperBySlug('2509.09999'))?.abstract).toHaveLength(5_000);
  });

  it('applies --since and --categories while streaming', async () => {
    const { summary } = await importSnapshot([SAMPLE], { since: '2007-01-01' as FeedDay, categories: ['cs', 'math.CO'] });
    expect(summary).toMatchObject({ created: 2, skipped: { 'before --since': 1, 'not in --categories': 1 } });
    expect((await db.paper.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } })).map((paper) => paper.slug)).toEqual(['0704.0002', '2509.01234']);
  });

  it('refuses a file that is not JSON Lines before writing anything', async () => {
    const xml = path.join(INGEST_FIXTURES, 'oai', 'list-records-page-1.xml');
    await expect(importSnapshot([xml])).rejects.toThrow(InputFormatError);
    await expect(importSnapshot([xml])).rejects.toThrow(/is not arXiv snapshot JSON Lines/);
    expect(await db.paper.count()).toBe(0);
  });
});
