import { beforeEach, describe, expect, it } from 'vitest';
import { listDailyPapers } from '@/lib/api/daily-papers';
import type { FeedDay } from '@/lib/dates/feed-day';
import { dayPeriod, monthPeriodOf, weekPeriodOf } from '@/lib/dates/period';
import { db } from '@/lib/db';
import { loadDigestContent } from '@/lib/digest/content';
import { dailyEdition, weeklyEdition } from '@/lib/digest/edition';
import { listFeedItems } from '@/lib/feeds/queries';
import { operatorActor } from '@/lib/moderation/actor';
import { hideSubmission, unhideSubmission } from '@/lib/moderation/submissions';
import { listCategoryPage } from '@/lib/papers/category-queries';
import { DEFAULT_LIST_OPTIONS } from '@/lib/papers/list-options';
import { countListedPapers, listCategoryCounts, loadPeriodList, pageListQuery } from '@/lib/papers/list-queries';
import { getAdjacentFeedDays, getLatestFeedDay, getPaperBySlug } from '@/lib/papers/queries';
import { listListedDays, listPaperSlugs } from '@/lib/papers/sitemap-queries';
import { searchPapers } from '@/lib/search/search-papers';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

// Issue 12, item 6: a submission a moderator hid leaves every list; its page stays reachable.
const MONDAY = '2025-09-01' as FeedDay;
const TUESDAY = '2025-09-02' as FeedDay;
const NOW = new Date('2025-09-03T12:00:00Z');
const operator = operatorActor('test');

let hidden: { id: number; slug: string };
let tuesdayOnly: { id: number; slug: string };

beforeEach(async () => {
  await resetDatabase();
  await savePapers([
    buildListedPaper(MONDAY, 1, { title: 'Kept on Monday', categories: ['cs.LG'], upvotes: 1 }),
    buildListedPaper(MONDAY, 2, { title: 'Spam submission about quasars', categories: ['astro-ph.GA'], upvotes: 50 }, 'spammer'),
    buildListedPaper(TUESDAY, 1, { title: 'The only paper of Tuesday', categories: ['cs.LG'] }, 'spammer'),
  ]);
  const papers = await db.paper.findMany({ select: { id: true, slug: true, title: true } });
  const find = (prefix: string) => {
    const paper = papers.find((row) => row.title.startsWith(prefix));
    if (!paper) throw new Error(`no paper ${prefix}`);
    return paper;
  };
  hidden = find('Spam');
  tuesdayOnly = find('The only');
  expect((await hideSubmission(operator, hidden.id, 'spam')).status).toBe('done');
});

const slugsOf = (papers: readonly { slug: string }[]) => papers.map((paper) => paper.slug);

describe('a hidden submission', () => {
  it('leaves the day, week and month lists, every sort and filter, and their counts', async () => {
    for (const period of [dayPeriod(MONDAY), weekPeriodOf(MONDAY), monthPeriodOf(MONDAY)]) {
      for (const sort of ['top', 'newest', 'upvotes'] as const) {
        const { papers, categories } = await loadPeriodList(period, { ...DEFAULT_LIST_OPTIONS, sort });
        expect(slugsOf(papers)).not.toContain(hidden.slug);
        expect(papers.length).toBeGreaterThan(0);
        expect(categories.map((category) => category.code)).not.toContain('astro-ph.GA');
      }
      expect(await countListedPapers(pageListQuery(period, DEFAULT_LIST_OPTIONS))).toBe(period.kind === 'day' ? 1 : 2);
    }
    const filtered = await loadPeriodList(dayPeriod(MONDAY), { ...DEFAULT_LIST_OPTIONS, category: 'astro-ph.GA' });
    expect(filtered.papers).toEqual([]);
    expect(await listCategoryCounts(dayPeriod(MONDAY))).toEqual([{ code: 'cs.LG', count: 1 }]);
  });

  it('leaves its category archive', async () => {
    expect((await listCategoryPage('astro-ph.GA', 1)).days).toEqual([]);
    expect((await listCategoryPage('cs.LG', 1)).days.map((day) => day.day)).toEqual([TUESDAY, MONDAY]);
  });

  it('leaves the JSON API, its submitter filter included', async () => {
    const { items } = await listDailyPapers({ period: dayPeriod(MONDAY), sort: 'trending', submitter: null, limit: 50, page: 0 });
    expect(items.map((item) => item.paper.id)).not.toContain(hidden.slug);
    expect(items).toHaveLength(1);
    const bySpammer = await listDailyPapers({ period: weekPeriodOf(MONDAY), sort: 'listing', submitter: 'spammer', limit: 50, page: 0 });
    expect(bySpammer.items.map((item) => item.paper.id)).toEqual([tuesdayOnly.slug]);
  });

  it('leaves the feeds and the digest', async () => {
    const feed = await listFeedItems({ now: NOW });
    expect(feed.map((item) => item.url).some((url) => url.endsWith(`/papers/${hidden.slug}`))).toBe(false);
    expect(feed).toHaveLength(2);
    expect(await listFeedItems({ category: 'astro-ph.GA', now: NOW })).toEqual([]);
    const daily = await loadDigestContent(dailyEdition(MONDAY), 10);
    expect(slugsOf(daily.papers)).toEqual(slugsOf((await loadPeriodList(dayPeriod(MONDAY), DEFAULT_LIST_OPTIONS)).papers));
    expect(slugsOf(daily.papers)).not.toContain(hidden.slug);
    expect(daily.total).toBe(1);
    const weekly = await loadDigestContent(weeklyEdition(MONDAY), 10);
    expect(slugsOf(weekly.papers)).not.toContain(hidden.slug);
    expect(weekly.total).toBe(2);
  });

  it('takes a day whose only paper it was out of the day navigation and the sitemap of days', async () => {
    await hideSubmission(operator, tuesdayOnly.id);
    expect(await getLatestFeedDay(NOW)).toBe(MONDAY);
    expect(await getAdjacentFeedDays(MONDAY, NOW)).toEqual({ previous: null, next: null });
    expect(await listListedDays(NOW)).toEqual([MONDAY]);
  });

  it('keeps its own page, its place in the sitemap of papers and in search, and comes back when unhidden', async () => {
    expect((await getPaperBySlug(hidden.slug))?.title).toBe('Spam submission about quasars');
    expect((await listPaperSlugs(0)).map((row) => row.slug)).toContain(hidden.slug);
    expect(slugsOf((await searchPapers({ q: 'quasars' })).hits)).toEqual([hidden.slug]);

    expect((await unhideSubmission(operator, hidden.id)).status).toBe('done');
    expect(slugsOf((await loadPeriodList(dayPeriod(MONDAY), DEFAULT_LIST_OPTIONS)).papers)).toContain(hidden.slug);
    expect(slugsOf(await loadDigestContent(dailyEdition(MONDAY), 10).then((content) => content.papers))).toContain(hidden.slug);
  });
});
