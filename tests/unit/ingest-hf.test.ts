import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import { runIngest } from '@/lib/ingest/pipeline';
import { readArxivFiles } from '@/lib/ingest/sources/arxiv-files';
import { readHfFiles, readHfUrl } from '@/lib/ingest/sources/hf-daily';
import type { Rejection } from '@/lib/ingest/types';
import { getPaperBySlug } from '@/lib/papers/queries';
import { listDayPage } from '../support/list-day';
import { snapshotPapers } from '../support/ingest-db';
import { ARXIV_DATA, INGEST_FIXTURES, startTestServer, testClient } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';

const day = (name: string) => path.join(INGEST_FIXTURES, 'hf', `${name}.json`);

beforeEach(resetDatabase);

async function importHf(files: string[]) {
  const rejected: Rejection[] = [];
  const summary = await runIngest(readHfFiles(files, { needsDay: true }).items, {
    source: 'hf',
    authority: 'curated',
    listing: { mode: 'source' },
    onReject: (rejection) => rejected.push(rejection),
  });
  return { summary, rejected };
}

async function cards(feedDay: string) {
  return (await listDayPage(feedDay as FeedDay)).papers.map((paper) => [paper.slug, paper.rank]);
}

describe('Hugging Face daily papers', () => {
  it('lists a day ranked by upvotes, with upvotes, code, project page and submitter', async () => {
    const { summary, rejected } = await importHf([day('2025-09-04')]);
    expect(summary).toEqual({ read: 4, created: 3, updated: 0, unchanged: 0, skipped: { 'invalid arXiv id': 1 } });
    expect(rejected).toEqual([{ position: 'item 4', reason: 'invalid arXiv id', detail: 'not-an-id' }]);
    // 57, 12 and 3 upvotes; the last one has no submittedOnDailyAt and takes the file's date.
    expect(await cards('2025-09-04')).toEqual([
      ['2509.02222', 1],
      ['2509.01234', 2],
      ['2509.03333', 3],
    ]);
    const paper = await getPaperBySlug('2509.01234');
    expect(paper).toMatchObject({ title: 'Sparse Attention at Scale', listing: { day: '2025-09-04', rank: 2, submittedBy: 'akhaliq' } });
    expect(paper?.links).toEqual([{ kind: 'code', url: 'https://github.com/example/sparse-attention', title: null }]);
    expect((await getPaperBySlug('2509.02222'))?.links).toEqual([{ kind: 'project', url: 'https://unified.example.org', title: null }]);

    const before = await snapshotPapers();
    expect((await importHf([day('2025-09-04')])).summary).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await snapshotPapers()).toEqual(before);
  });

  it('imports an empty weekend day as nothing at all', async () => {
    expect((await importHf([day('2025-09-06')])).summary).toEqual({ read: 0, created: 0, updated: 0, unchanged: 0, skipped: {} });
  });

  it('keeps a paper featured on two days as one paper, listed on the first day, whichever file comes first', async () => {
    await importHf([day('2025-09-05')]);
    expect(await cards('2025-09-05')).toEqual([
      ['2509.01234', 1],
      ['2509.04444', 2],
    ]);
    const { summary } = await importHf([day('2025-09-04')]);
    expect(summary).toMatchObject({ created: 2, updated: 1 });
    expect((await getPaperBySlug('2509.01234'))?.listing?.day).toBe('2025-09-04');
    expect(await cards('2025-09-05')).toEqual([['2509.04444', 2]]);

    await importHf([day('2025-09-04'), day('2025-09-05')]);
    expect((await getPaperBySlug('2509.01234'))?.listing?.day).toBe('2025-09-04');
  });

  it('adds upvotes and links to a paper an arXiv source described, without touching its metadata', async () => {
    const astro = path.join(ARXIV_DATA, 'id_astro-ph_0601001_s0_m100_3150dca9dc76.xml');
    await runIngest(readArxivFiles([astro]).items, { source: 'arxiv', authority: 'arxiv', listing: { mode: 'source' } });
    const arxiv = await getPaperBySlug('astro-ph/0601001');
    const item = {
      paper: { id: 'astro-ph/0601001', title: 'A shorter title', summary: 'Shorter.', authors: [{ name: 'A. Gould' }], upvotes: 9, githubRepo: 'https://github.com/example/ogle', submittedOnDailyAt: '2025-09-04T00:00:00.000Z' },
      numComments: 1,
    };
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'hf-')), '2025-09-04.json');
    writeFileSync(file, JSON.stringify([item]));

    expect((await importHf([file])).summary).toMatchObject({ updated: 1 });
    const merged = await getPaperBySlug('astro-ph/0601001');
    expect(merged).toMatchObject({ title: arxiv?.title, authors: arxiv?.authors, categories: ['astro-ph'] });
    expect(merged?.links).toEqual([{ kind: 'code', url: 'https://github.com/example/ogle', title: null }]);
    expect(await db.paper.findUnique({ where: { slug: 'astro-ph/0601001' }, select: { upvotes: true, numComments: true } })).toEqual({ upvotes: 9, numComments: 1 });
    // Hugging Face's day replaces the one guessed from the submission date.
    expect(merged?.listing).toEqual({ day: '2025-09-04', rank: 1, submittedBy: null, submitterHasProfile: false });
  });

  it('fetches a day from the daily-papers API, retrying a 503, its day from the URL', async () => {
    const body = readFileSync(day('2025-09-04'), 'utf8');
    const server = await startTestServer((request, response, seen) => {
      response.writeHead(seen.length === 1 ? 503 : 200, { 'content-type': 'application/json' });
      response.end(seen.length === 1 ? '{"error":"busy"}' : body);
    });
    try {
      const url = `${server.url}/api/daily_papers?date=2025-09-05`;
      const summary = await runIngest(readHfUrl(url, testClient(), { needsDay: true }).items, { source: 'hf', authority: 'curated', listing: { mode: 'source' } });
      expect(summary).toMatchObject({ read: 4, created: 3, skipped: { 'invalid arXiv id': 1 } });
      expect(server.requests.map((request) => request.url.searchParams.get('date'))).toEqual(['2025-09-05', '2025-09-05']);
      expect(server.requests[1]?.userAgent).toMatch(/^daily-papers/);
      // Two carry submittedOnDailyAt (Sep 4); the third takes the day the URL asked for.
      expect((await cards('2025-09-04')).map(([slug]) => slug)).toEqual(['2509.02222', '2509.01234']);
      expect(await cards('2025-09-05')).toEqual([['2509.03333', 1]]);
    } finally {
      await server.close();
    }
  });
});

describe('imported counts and this site’s votes', () => {
  async function importUpvotes(upvotes: number, numComments: number) {
    const item = {
      paper: { id: '2509.00001', title: 'Counted twice', summary: 'A paper.', authors: [{ name: 'A. Author' }], upvotes, submittedOnDailyAt: '2025-09-04T00:00:00.000Z' },
      numComments,
    };
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'hf-')), '2025-09-04.json');
    writeFileSync(file, JSON.stringify([item]));
    await importHf([file]);
    return db.paper.findUniqueOrThrow({ where: { slug: '2509.00001' }, select: { id: true, upvotes: true, numComments: true } });
  }

  it('adds local votes to Hugging Face’s count, and a re-import keeps them', async () => {
    const { setVote } = await import('@/lib/community/votes');
    const imported = await importUpvotes(120, 3);
    expect(imported).toMatchObject({ upvotes: 120, numComments: 3 });
    const user = await db.user.create({ data: { id: 'u-counts', email: 'counts@example.com', username: 'counts' } });
    await setVote(user.id, imported.id, true);
    expect((await db.paper.findUniqueOrThrow({ where: { id: imported.id } })).upvotes).toBe(121);
    // Hugging Face's figure moves on; the vote cast here still counts once.
    expect(await importUpvotes(130, 4)).toMatchObject({ upvotes: 131, numComments: 4 });
    await setVote(user.id, imported.id, false);
    expect((await db.paper.findUniqueOrThrow({ where: { id: imported.id } })).upvotes).toBe(130);
  });
});
