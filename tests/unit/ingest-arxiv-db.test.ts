import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import { runIngest, type ListingMode } from '@/lib/ingest/pipeline';
import { readArxivFiles } from '@/lib/ingest/sources/arxiv-files';
import { buildDisplayLinks } from '@/lib/papers/display-links';
import { getPaperBySlug } from '@/lib/papers/queries';
import { listDayPage } from '../support/list-day';
import { snapshotPapers } from '../support/ingest-db';
import { ARXIV_DATA, readArxivResponse } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';

const TESTING = path.join(ARXIV_DATA, 'q_testing_s0_m100_cfe7536492ca.xml');

beforeEach(resetDatabase);

function importArxiv(files: string[], listing: ListingMode = { mode: 'source' }) {
  return runIngest(readArxivFiles(files).items, { source: 'arxiv', authority: 'arxiv', listing, batchSize: 30 });
}

function writeTemp(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ingest-')), name);
  writeFileSync(file, text);
  return file;
}

describe('importing arXiv API responses', () => {
  it('lists 100 real papers with their authors, categories and links; a second import changes nothing', async () => {
    expect(await importArxiv([TESTING])).toEqual({ read: 100, created: 100, updated: 0, unchanged: 0, skipped: {} });
    expect(await db.listing.count()).toBe(100);

    const paper = await getPaperBySlug('2202.12139');
    expect(paper?.authors.map((author) => author.name)).toEqual(['Mohit Kumar Ahuja', 'Arnaud Gotlieb', 'Helge Spieker']);
    expect(paper?.categories).toEqual(['cs.SE', 'cs.LG']);
    expect(paper?.listing).toEqual({ day: '2022-02-24', rank: 1, submittedBy: null, submitterHasProfile: false });
    expect(buildDisplayLinks(paper!).map((link) => link.url)).toEqual([
      'https://arxiv.org/abs/2202.12139',
      'https://arxiv.org/pdf/2202.12139',
      'https://doi.org/10.1109/ICSTW55395.2022.00035',
    ]);
    expect((await listDayPage('2022-02-24' as FeedDay)).papers.map((card) => card.slug)).toContain('2202.12139');
    expect((await getPaperBySlug('cs/0503050'))?.title).toBe('Systematic Method for Path-Complete White Box Testing');

    const before = await snapshotPapers();
    expect(await importArxiv([TESTING])).toEqual({ read: 100, created: 0, updated: 0, unchanged: 100, skipped: {} });
    expect(await snapshotPapers()).toEqual(before);
  });

  it('updates a paper to its newer version and keeps its listing; the older version changes nothing', async () => {
    await importArxiv([TESTING]);
    const listed = await getPaperBySlug('2202.12139');
    const v2 = readArxivResponse('q_testing_s0_m100_cfe7536492ca.xml')
      .replace('<id>http://arxiv.org/abs/2202.12139v1</id>', '<id>http://arxiv.org/abs/2202.12139v2</id>')
      .replace('Testing Deep Learning Models: A First Comparative Study', 'Testing Deep Learning Models: A Second Comparative Study');

    expect(await importArxiv([writeTemp('v2.xml', v2)])).toMatchObject({ created: 0, updated: 1, unchanged: 99 });
    const updated = await getPaperBySlug('2202.12139');
    expect(updated).toMatchObject({ arxivVersion: 2, title: expect.stringContaining('A Second Comparative Study') });
    expect(updated?.listing).toEqual(listed?.listing);
    expect(updated?.authors).toEqual(listed?.authors);

    expect(await importArxiv([TESTING])).toMatchObject({ updated: 0, unchanged: 99, skipped: { 'older version than the one stored': 1 } });
    expect((await getPaperBySlug('2202.12139'))?.arxivVersion).toBe(2);
  });

  it('lists on the operator’s day with --list-on, and not at all with --no-list', async () => {
    const astro = path.join(ARXIV_DATA, 'id_astro-ph_0601001_s0_m100_3150dca9dc76.xml');
    const legacy = path.join(ARXIV_DATA, 'legacy-format_id_1111.2011v2.xml');
    await importArxiv([astro], { mode: 'none' });
    expect((await getPaperBySlug('astro-ph/0601001'))?.listing).toBeNull();

    await importArxiv([astro, legacy], { mode: 'on', day: '2025-09-05' as FeedDay });
    const day = await listDayPage('2025-09-05' as FeedDay);
    expect(day.papers.map((card) => [card.slug, card.rank])).toEqual([
      ['astro-ph/0601001', 1],
      ['1111.2011', 2],
    ]);
  });
});
