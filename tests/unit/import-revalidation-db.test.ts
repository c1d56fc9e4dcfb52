import { beforeEach, describe, expect, it } from 'vitest';
import { EVERY_PAGE } from '@/lib/community/page-change-hooks';
import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import { runIngest } from '@/lib/ingest/pipeline';
import { openSqlConnection } from '@/lib/ingest/store/connection';
import type { SourceItem } from '@/lib/ingest/types';
import type { PaperRecordInput } from '@/lib/papers/schema';
import { collectImportChanges, type ImportChanges } from '@/lib/revalidate/import-changes';
import { publishImportChanges } from '@/lib/revalidate/publish-import';
import { buildPaper } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';
import { testEngine } from '../support/test-database';

beforeEach(resetDatabase);

let serial = 0;
function arxivPaper(categories: string[], overrides: Partial<PaperRecordInput> = {}): PaperRecordInput {
  serial += 1;
  return buildPaper({ arxivId: `2509.${String(10_000 + serial).padStart(5, '0')}`, arxivVersion: 1, categories, ...overrides });
}

/** Imports as the CLI does (lib/ingest/pipeline.ts), gathering what changed. */
async function importOn(day: string, papers: PaperRecordInput[], changes: ImportChanges = collectImportChanges()): Promise<ImportChanges> {
  const items: SourceItem[] = papers.map((paper, index) => ({ kind: 'paper', position: `record ${index + 1}`, paper, listing: { day: day as FeedDay, rank: null, submittedBy: null } }));
  await runIngest(items, { source: 'test', authority: 'arxiv', listing: { mode: 'source' }, onChanged: (paper) => changes.add(paper) });
  return changes;
}

async function publish(changes: ImportChanges, startedAt: Date): Promise<string[]> {
  const sql = await openSqlConnection();
  try {
    const published = await publishImportChanges(sql, changes, { startedAt, http: false });
    if (published.scope === 'all') throw new Error('expected a list of pages');
    return published.scope;
  } finally {
    await sql.close();
  }
}

describe('the pages an import drops', () => {
  it('are the imported day, its week and month with their variants, its categories, the papers, the front page and feeds; not another day', async () => {
    await importOn('2025-09-01', [arxivPaper(['math.CO'])]);
    await importOn('2025-09-03', [arxivPaper(['cs.LG'])]);
    const startedAt = new Date();
    const changes = await importOn('2025-09-03', [arxivPaper(['cs.CV', 'cs.LG']), arxivPaper(['cs.CV'])]);
    const paths = await publish(changes, startedAt);

    const [first, second] = [...changes.slugs];
    for (const path of [
      '/',
      '/feed.xml',
      '/atom.xml',
      `/papers/${first}`,
      `/api/papers/${second}`,
      '/papers/date/2025-09-03',
      '/papers/date/2025-09-03/view/trending/cs.CV',
      '/papers/week/2025-W36/view/newest/all',
      '/papers/month/2025-09/view/top/cs.LG',
      '/papers/category/cs.CV',
      '/papers/category/cs.CV/p/2',
      '/papers/category/cs.LG/feed.xml',
      '/api/daily_papers?date=2025-09-03',
      '/api/daily_papers?week=2025-W36',
      '/api/daily_papers?date=&week=&month=',
      '/sitemap.xml',
    ]) {
      expect(paths).toContain(path);
    }
    // Another day, its papers and categories only it has, the whole list or API sections.
    expect(paths.filter((path) => path.includes('2025-09-01'))).toEqual([]);
    expect(paths.filter((path) => path.includes('math.CO'))).toEqual([]);
    for (const path of ['/papers', '/papers/date', '/api/daily_papers', '/papers/category']) expect(paths).not.toContain(path);
    // The day already had papers: its neighbours' "next day" links did not change.
    expect(paths).toHaveLength(new Set(paths).size);
  });

  it('include the neighbouring days when a day gets its first papers (their previous/next links change)', async () => {
    await importOn('2025-09-01', [arxivPaper(['math.CO'])]);
    await importOn('2025-09-10', [arxivPaper(['cs.LG'])]);
    await importOn('2025-08-01', [arxivPaper(['cs.LG'])]);
    const startedAt = new Date();
    const paths = await publish(await importOn('2025-09-04', [arxivPaper(['cs.CV'])]), startedAt);
    expect(paths).toContain('/papers/date/2025-09-01');
    expect(paths).toContain('/papers/date/2025-09-01/view/trending/math.CO');
    expect(paths).toContain('/papers/date/2025-09-10');
    expect(paths).not.toContain('/papers/date/2025-08-01');
  });

  it('include the day a paper left when it moves to another', async () => {
    const [moved] = [arxivPaper(['cs.LG'])];
    await importOn('2025-09-01', [moved!, arxivPaper(['cs.LG'])]);
    const changes = collectImportChanges();
    const items: SourceItem[] = [{ kind: 'paper', position: 'record 1', paper: moved!, listing: { day: '2025-09-02' as FeedDay, rank: null, submittedBy: null } }];
    await runIngest(items, { source: 'test', authority: 'arxiv', listing: { mode: 'on', day: '2025-09-02' as FeedDay }, onChanged: (paper) => changes.add(paper) });
    expect([...changes.days.keys()].sort()).toEqual(['2025-09-01', '2025-09-02']);
  });

  it('is every page past a bulk load, recorded as one row', async () => {
    const changes = collectImportChanges(2);
    await importOn('2025-09-03', [arxivPaper(['cs.LG']), arxivPaper(['cs.LG']), arxivPaper(['cs.LG'])], changes);
    expect(changes.everything).toBe(true);
    const sql = await openSqlConnection();
    try {
      const published = await publishImportChanges(sql, changes, { startedAt: new Date(), http: false });
      expect(published.scope).toBe('all');
      if (testEngine() === 'postgresql') expect((await db.pageChange.findMany()).map((row) => row.path)).toEqual([EVERY_PAGE]);
    } finally {
      await sql.close();
    }
  });

  it('are written to PageChange for every instance on PostgreSQL, and left to HTTP on SQLite (one instance)', async () => {
    const startedAt = new Date();
    const paths = await publish(await importOn('2025-09-03', [arxivPaper(['cs.LG'])]), startedAt);
    const rows = await db.pageChange.findMany();
    if (testEngine() === 'postgresql') {
      expect(rows.map((row) => row.path).sort()).toEqual([...paths].sort());
      expect(new Set(rows.map((row) => row.origin)).size).toBe(1);
    } else {
      expect(rows).toEqual([]);
    }
  });
});
