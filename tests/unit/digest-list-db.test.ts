import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedDay } from '@/lib/dates/feed-day';
import { dayPeriod, weekPeriodOf } from '@/lib/dates/period';
import { loadDigestContent } from '@/lib/digest/content';
import { dailyEdition, weeklyEdition } from '@/lib/digest/edition';
import { dayPath, periodPath } from '@/lib/papers/feed-paths';
import { DEFAULT_LIST_OPTIONS } from '@/lib/papers/list-options';
import { loadPeriodList } from '@/lib/papers/list-queries';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

// Issue 11, item 17: the digest is a page's first N papers, and it links to that page.
const WEDNESDAY = '2025-09-03' as FeedDay;

beforeEach(async () => {
  await resetDatabase();
  // Week 36 of 2025 (Mon Sep 1 – Sun Sep 7): three papers tie on 10 upvotes, on different days
  // and ranks; the week page breaks the tie by the later day first, then the rank.
  await savePapers([
    buildListedPaper('2025-09-01', 2, { title: 'Monday second', upvotes: 10 }),
    buildListedPaper('2025-09-01', 1, { title: 'Monday first', upvotes: 3 }),
    buildListedPaper('2025-09-03', 1, { title: 'Wednesday first', upvotes: 10 }),
    buildListedPaper('2025-09-03', 2, { title: 'Wednesday second', upvotes: 1 }),
    buildListedPaper('2025-09-05', 1, { title: 'Friday first', upvotes: 10 }),
    buildListedPaper('2025-09-05', 2, { title: 'Friday second', upvotes: 20 }),
    buildListedPaper('2025-09-08', 1, { title: 'Next week', upvotes: 99 }),
  ]);
});

describe('the weekly digest', () => {
  it('sends the week page’s first N papers in the page’s order, and links to the week page', async () => {
    const week = weekPeriodOf(WEDNESDAY);
    const page = await loadPeriodList(week, DEFAULT_LIST_OPTIONS);
    expect(page.papers.map((paper) => paper.title)).toEqual(['Friday second', 'Friday first', 'Wednesday first', 'Monday second', 'Monday first', 'Wednesday second']);

    const content = await loadDigestContent(weeklyEdition(WEDNESDAY), 3);
    expect(content.papers.map((paper) => paper.slug)).toEqual(page.papers.slice(0, 3).map((paper) => paper.slug));
    expect(content.total).toBe(6);
    expect(content.edition.path).toBe(periodPath(week));
    expect(content.edition.path).toBe('/papers/week/2025-W36');
  });
});

describe('the daily digest', () => {
  it('sends the day page’s first N papers in the page’s order, and links to the day page', async () => {
    const page = await loadPeriodList(dayPeriod(WEDNESDAY), DEFAULT_LIST_OPTIONS);
    const content = await loadDigestContent(dailyEdition(WEDNESDAY), 1);
    expect(content.papers.map((paper) => paper.slug)).toEqual(page.papers.slice(0, 1).map((paper) => paper.slug));
    expect(content.papers.map((paper) => paper.title)).toEqual(['Wednesday first']);
    expect(content.total).toBe(2);
    expect(content.edition.path).toBe(dayPath(WEDNESDAY));
  });
});
