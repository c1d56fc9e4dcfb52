import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import { runIngest } from '@/lib/ingest/pipeline';
import { getAdjacentFeedDays, getLatestFeedDay, getPaperBySlug } from '@/lib/papers/queries';
import { listDayPage } from '../support/list-day';
import { loadSeedDays } from '@/lib/seed/load-seed-days';
import { buildListedPaper, buildPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

const SEED_FOLDER = path.resolve(import.meta.dirname, '../../prisma/seed');
const NOW = new Date('2026-11-28T12:00:00Z');

beforeEach(resetDatabase);

describe('the seed', () => {
  it('loads all 54 papers on 2025-09-04 in page order, and a second run changes nothing', async () => {
    const first = await loadSeedDays(SEED_FOLDER);
    expect(first).toMatchObject({ created: 54, updated: 0, unchanged: 0, days: ['2025-09-04'] });
    const before = await db.paper.findMany({ select: { id: true, slug: true, updatedAt: true }, orderBy: { id: 'asc' } });

    const second = await loadSeedDays(SEED_FOLDER);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 54 });
    const after = await db.paper.findMany({ select: { id: true, slug: true, updatedAt: true }, orderBy: { id: 'asc' } });
    expect(after).toEqual(before);

    const day = await listDayPage('2025-09-04' as FeedDay);
    expect(day.papers).toHaveLength(54);
    expect(day.papers.map((paper) => paper.rank)).toEqual(Array.from({ length: 54 }, (_, index) => index + 1));
    expect(day.papers[1]?.title).toMatch(/^Unified Embedding/);
    expect(day.papers.filter((paper) => paper.codeUrl)).toHaveLength(9);
    expect(await db.paperLink.count({ where: { kind: 'code' } })).toBe(9);
  });
});

describe('savePapers (the importers’ write path)', () => {
  it('creates, then reports unchanged, then updates a newer version and keeps its listing', async () => {
    const record = buildPaper({ arxivId: '2407.13168', arxivVersion: 1 });
    const listing = { day: '2025-09-04' as FeedDay, rank: 3, submittedBy: 'ak' };
    expect(await savePapers([{ paper: record, listing }])).toEqual([{ slug: '2407.13168', status: 'created', days: ['2025-09-04'] }]);
    expect(await savePapers([{ paper: record, listing }])).toEqual([{ slug: '2407.13168', status: 'unchanged' }]);

    const v2 = { ...record, arxivVersion: 2, title: 'A Better Title', authors: [{ name: 'Grace Hopper' }] };
    // Its day's lists show the new title: the import names that day (lib/revalidate/import-changes.ts).
    expect(await savePapers([{ paper: v2, listing: null }])).toEqual([{ slug: '2407.13168', status: 'updated', days: ['2025-09-04'] }]);

    const paper = await getPaperBySlug('2407.13168');
    expect(paper).toMatchObject({ title: 'A Better Title', arxivVersion: 2, authors: [{ name: 'Grace Hopper', affiliation: null }] });
    expect(paper?.listing).toEqual({ day: '2025-09-04', rank: 3, submittedBy: 'ak', submitterHasProfile: false });
    expect(await db.paper.count()).toBe(1);
  });

  it('writes nothing of a batch that has one bad record', async () => {
    const good = buildListedPaper('2025-09-04', 1);
    const bad = buildListedPaper('2025-09-04', 2, { title: '   ' });
    await expect(savePapers([good, bad])).rejects.toThrow(/title/);
    expect(await db.paper.count()).toBe(0);
  });

  it('keeps authors in byline order with affiliations, and categories primary first', async () => {
    await savePapers([
      {
        paper: buildPaper({
          arxivId: 'hep-th/9608091',
          authors: [{ name: 'Zed' }, { name: 'Amy', affiliation: 'CERN' }, { name: 'Moe' }],
          categories: ['hep-th', 'gr-qc'],
        }),
        listing: null,
      },
    ]);
    const paper = await getPaperBySlug('hep-th/9608091');
    expect(paper?.authors.map((author) => author.name)).toEqual(['Zed', 'Amy', 'Moe']);
    expect(paper?.authors[1]?.affiliation).toBe('CERN');
    expect(paper?.categories).toEqual(['hep-th', 'gr-qc']);
    expect(paper?.listing).toBeNull();
  });

  it('gives two different papers with the same slug distinct URLs', async () => {
    const [a, b] = await savePapers([
      { paper: buildPaper({ title: 'Attention!' }), listing: null },
      { paper: buildPaper({ title: 'Attention?' }), listing: null },
    ]);
    expect(a?.slug).toBe('attention');
    expect(b?.slug).toBe('attention-2');
  });
});

describe('the one write path: seed and factories obey the import merge rules', () => {
  it('never lets an older version replace a newer one written before', async () => {
    await savePapers([{ paper: buildPaper({ arxivId: '2407.13168', arxivVersion: 2, title: 'The Second Version' }), listing: null }]);
    const [result] = await savePapers([{ paper: buildPaper({ arxivId: '2407.13168', arxivVersion: 1, title: 'The First Version' }), listing: null }]);
    expect(result).toMatchObject({ slug: '2407.13168', status: 'skipped', reason: 'older version than the one stored' });
    expect(await getPaperBySlug('2407.13168')).toMatchObject({ title: 'The Second Version', arxivVersion: 2 });
  });

  it('keeps the upvotes and code links Hugging Face owns when a bibliographic record is written', async () => {
    const hf = buildPaper({ arxivId: '2509.00042', arxivVersion: 1, upvotes: 42, links: [{ kind: 'code', url: 'https://github.com/example/owned-by-hf' }] });
    await runIngest([{ kind: 'paper', position: 'hf', paper: hf, listing: null }], { source: 'hf', authority: 'curated', listing: { mode: 'none' } });

    const v2 = { ...hf, arxivVersion: 2, title: 'A Revised Title', upvotes: 0, links: [] };
    expect(await savePapers([{ paper: v2, listing: null }])).toEqual([{ slug: '2509.00042', status: 'updated', days: [] }]);
    const paper = await db.paper.findUnique({ where: { slug: '2509.00042' }, select: { title: true, arxivVersion: true, upvotes: true, links: { select: { url: true } } } });
    expect(paper).toEqual({ title: 'A Revised Title', arxivVersion: 2, upvotes: 42, links: [{ url: 'https://github.com/example/owned-by-hf' }] });
  });
});

describe('feed queries', () => {
  beforeEach(async () => {
    await savePapers([
      buildListedPaper('2025-09-01', 1),
      buildListedPaper('2025-09-04', 2),
      buildListedPaper('2025-09-04', 1),
      buildListedPaper('2025-09-08', 1),
      // Listed on a day that has not come yet (in UTC) at NOW: never shown as "latest".
      buildListedPaper('2026-11-29', 1),
    ]);
  });

  it('finds the latest day that has papers, never a future one', async () => {
    expect(await getLatestFeedDay(NOW)).toBe('2025-09-08');
  });

  it('skips empty days when moving between days', async () => {
    expect(await getAdjacentFeedDays('2025-09-04' as FeedDay, NOW)).toEqual({ previous: '2025-09-01', next: '2025-09-08' });
    expect(await getAdjacentFeedDays('2025-09-01' as FeedDay, NOW)).toEqual({ previous: null, next: '2025-09-04' });
    expect(await getAdjacentFeedDays('2025-09-08' as FeedDay, NOW)).toEqual({ previous: '2025-09-04', next: null });
    // An empty day offers the nearest days with papers on both sides.
    expect(await getAdjacentFeedDays('2025-09-06' as FeedDay, NOW)).toEqual({ previous: '2025-09-04', next: '2025-09-08' });
  });

  it('lists a day in rank order with authors for the cards', async () => {
    const day = await listDayPage('2025-09-04' as FeedDay);
    expect(day.papers.map((paper) => paper.rank)).toEqual([1, 2]);
    expect(day.papers[0]?.authors).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(day.papers[0]?.authorCount).toBe(2);
    expect((await listDayPage('2025-09-05' as FeedDay)).papers).toEqual([]);
  });

  it('shows the first eight names of a long byline and counts the rest', async () => {
    const names = Array.from({ length: 11 }, (_, index) => `Author Number${index + 1}`);
    await savePapers([buildListedPaper('2025-09-05', 1, { title: 'A Large Collaboration', authors: names.map((name) => ({ name })) })]);
    const [paper] = (await listDayPage('2025-09-05' as FeedDay)).papers;
    expect(paper?.authors).toEqual(names.slice(0, 8));
    expect(paper?.authorCount).toBe(11);
  });

  it('returns null for an unknown paper', async () => {
    expect(await getPaperBySlug('no-such-paper')).toBeNull();
  });
});
