import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET as getDailyPapers } from '@/app/api/daily_papers/route';
import type { FeedDay } from '@/lib/dates/feed-day';
import { dayPeriod, weekPeriodOf } from '@/lib/dates/period';
import { listFeedItems } from '@/lib/feeds/queries';
import { listCategoryPage } from '@/lib/papers/category-queries';
import { DEFAULT_LIST_OPTIONS } from '@/lib/papers/list-options';
import { listPaperDetails, listPaperSummaries, loadPeriodList, type PaperListQuery } from '@/lib/papers/list-queries';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

// The one list query that the pages, the API, the feeds and the digest run (issue 11).
const WEEK = weekPeriodOf('2025-09-03' as FeedDay);
const NOW = new Date('2025-09-06T12:00:00Z');

beforeEach(async () => {
  await resetDatabase();
  const at = (iso: string) => new Date(iso);
  await savePapers([
    buildListedPaper('2025-09-01', 1, { title: 'Mon one', upvotes: 5, publishedAt: at('2025-08-28T00:00:00Z'), categories: ['cs.CV'] }),
    buildListedPaper('2025-09-01', 2, { title: 'Mon two', upvotes: 7, publishedAt: null }),
    buildListedPaper('2025-09-03', 1, { title: 'Wed one', upvotes: 7, publishedAt: at('2025-09-02T00:00:00Z') }, 'akhaliq'),
    buildListedPaper('2025-09-03', 2, { title: 'Wed two', upvotes: 1, publishedAt: at('2025-08-30T00:00:00Z'), categories: ['cs.CV', 'cs.LG'] }),
    buildListedPaper('2025-09-05', 1, { title: 'Fri one', upvotes: 2, publishedAt: at('2025-09-01T00:00:00Z') }),
    // After NOW (UTC): never in a list without a period.
    buildListedPaper('2025-09-07', 1, { title: 'Sun one', upvotes: 1, publishedAt: at('2025-09-06T00:00:00Z') }),
  ]);
});

const titles = async (query: PaperListQuery) => (await listPaperSummaries(query)).papers.map((paper) => paper.title);

describe('listPaperSummaries', () => {
  it('orders a week by each sort, ties broken by the later day, then the rank', async () => {
    const week = { period: WEEK, limit: 100 } as const;
    expect(await titles({ ...week, sort: 'top' })).toEqual(['Wed one', 'Mon two', 'Mon one', 'Fri one', 'Sun one', 'Wed two']);
    expect(await titles({ ...week, sort: 'upvotes' })).toEqual(['Wed one', 'Mon two', 'Mon one', 'Fri one', 'Sun one', 'Wed two']);
    expect(await titles({ ...week, sort: 'newest' })).toEqual(['Sun one', 'Wed one', 'Fri one', 'Wed two', 'Mon one', 'Mon two']);
  });

  it('keeps a day in its rank order for top, and sorts it otherwise', async () => {
    expect(await titles({ period: dayPeriod('2025-09-01' as FeedDay), sort: 'top', limit: 10 })).toEqual(['Mon one', 'Mon two']);
    expect(await titles({ period: dayPeriod('2025-09-01' as FeedDay), sort: 'upvotes', limit: 10 })).toEqual(['Mon two', 'Mon one']);
  });

  it('filters by category and by submitter', async () => {
    expect(await titles({ period: WEEK, sort: 'top', category: 'cs.CV', limit: 10 })).toEqual(['Mon one', 'Wed two']);
    expect(await titles({ period: WEEK, sort: 'top', submitter: 'akhaliq', limit: 10 })).toEqual(['Wed one']);
  });

  it('pages without overlap and says whether another page follows', async () => {
    const first = await listPaperSummaries({ period: WEEK, sort: 'top', limit: 4 });
    const second = await listPaperSummaries({ period: WEEK, sort: 'top', limit: 4, offset: 4 });
    expect(first.hasMore).toBe(true);
    expect(second.hasMore).toBe(false);
    expect([...first.papers, ...second.papers].map((paper) => paper.title)).toEqual(await titles({ period: WEEK, sort: 'top', limit: 100 }));
  });

  it('without a period lists the latest day first, each day in rank order, never after today', async () => {
    expect(await titles({ period: null, sort: 'top', limit: 3, now: NOW })).toEqual(['Fri one', 'Wed one', 'Wed two']);
  });
});

describe('every list is that one query', () => {
  it('the week API answers the week page’s papers in the page’s order', async () => {
    const page = await loadPeriodList(WEEK, DEFAULT_LIST_OPTIONS);
    const response = await getDailyPapers(new NextRequest(new URL('http://127.0.0.1:3999/api/daily_papers?week=2025-W36'), { headers: { 'x-forwarded-for': '203.0.113.9' } }));
    const items = (await response.json()) as { title: string }[];
    expect(items.map((item) => item.title)).toEqual(page.papers.map((paper) => paper.title));
  });

  it('the feed is the list without a period, in the detail shape', async () => {
    const feed = await listFeedItems({ now: NOW });
    const { papers } = await listPaperDetails({ period: null, sort: 'top', limit: 60, now: NOW });
    expect(feed.map((item) => item.title)).toEqual(papers.map((paper) => paper.title));
    expect(papers[0]?.listing).toEqual({ day: '2025-09-05', rank: 1, submittedBy: null, submitterHasProfile: false });
  });

  it('a category archive groups the category’s list by day, newest day first', async () => {
    const archive = await listCategoryPage('cs.CV', 1);
    expect(archive.days.map(({ day, papers }) => [day, papers.map((paper) => paper.title)])).toEqual([
      ['2025-09-03', ['Wed two']],
      ['2025-09-01', ['Mon one']],
    ]);
  });
});
