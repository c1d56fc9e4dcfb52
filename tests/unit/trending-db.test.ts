import { beforeEach, describe, expect, it } from 'vitest';
import { listDailyPapers } from '@/lib/api/daily-papers';
import { recountPapers } from '@/lib/community/counts';
import { decayedActivity, trendingScore } from '@/lib/community/trending';
import { setVote } from '@/lib/community/votes';
import type { FeedDay } from '@/lib/dates/feed-day';
import { dayPeriod, weekPeriodOf } from '@/lib/dates/period';
import { db } from '@/lib/db';
import { dailyEdition } from '@/lib/digest/edition';
import { loadDigestContent } from '@/lib/digest/content';
import { listPaperSummaries } from '@/lib/papers/list-queries';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

const DAY = '2025-09-04' as FeedDay;
const HOUR = 3_600_000;

beforeEach(async () => {
  await resetDatabase();
});

async function listDay(titles: string[]): Promise<Map<string, number>> {
  await savePapers(titles.map((title, index) => buildListedPaper(DAY, index + 1, { title })));
  const papers = await db.paper.findMany({ select: { id: true, title: true } });
  return new Map(papers.map((paper) => [paper.title, paper.id]));
}

async function makeUsers(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, index) => `voter-${index}`);
  await db.user.createMany({ data: ids.map((id) => ({ id, email: `${id}@example.com` })) });
  return ids;
}

/** Votes cast `hoursAgo` before now, written as rows and recounted as a vote would. */
async function votesAt(paperId: number, users: string[], hoursAgo: number): Promise<void> {
  const at = new Date(Date.now() - hoursAgo * HOUR);
  await db.paperVote.createMany({ data: users.map((userId) => ({ userId, paperId, createdAt: at })) });
  await recountPapers([paperId]);
}

const titlesOf = (papers: { title: string }[]) => papers.map((paper) => paper.title);

describe('the trending score', () => {
  it('halves a vote every 24 hours and needs no recomputing as time passes', () => {
    const now = new Date('2025-09-10T12:00:00Z');
    const fresh = trendingScore([{ at: now, weight: 1 }]);
    const dayOld = trendingScore([{ at: new Date(now.getTime() - 24 * HOUR), weight: 1 }]);
    expect(decayedActivity(fresh, now)).toBeCloseTo(1, 9);
    expect(decayedActivity(dayOld, now)).toBeCloseTo(0.5, 9);
    // Four votes two days old weigh as much as one vote now: 4 × 1/4.
    const fourOld = trendingScore(Array.from({ length: 4 }, () => ({ at: new Date(now.getTime() - 48 * HOUR), weight: 1 })));
    expect(fourOld).toBeCloseTo(fresh, 9);
    // A comment counts half a vote.
    expect(decayedActivity(trendingScore([{ at: now, weight: 0.5 }]), now)).toBeCloseTo(0.5, 9);
  });
});

describe('the Trending sort', () => {
  it('puts fewer recent votes above more older ones; Most upvoted stays the raw count', async () => {
    const ids = await listDay(['Old favourite', 'Rising paper', 'Quiet paper']);
    const users = await makeUsers(5);
    // 5 votes three days ago (5/8 = 0.63 now) against 2 votes an hour ago (2 × 0.97 = 1.94).
    await votesAt(ids.get('Old favourite')!, users, 72);
    await votesAt(ids.get('Rising paper')!, users.slice(0, 2), 1);
    const period = dayPeriod(DAY);
    const trending = await listPaperSummaries({ period, sort: 'trending', limit: 10 });
    expect(titlesOf(trending.papers)).toEqual(['Rising paper', 'Old favourite', 'Quiet paper']);
    const upvoted = await listPaperSummaries({ period, sort: 'upvotes', limit: 10 });
    expect(titlesOf(upvoted.papers)).toEqual(['Old favourite', 'Rising paper', 'Quiet paper']);
    // The same on the week's list, and through the API's sort=trending.
    const week = await listPaperSummaries({ period: weekPeriodOf(DAY), sort: 'trending', limit: 10 });
    expect(titlesOf(week.papers)).toEqual(['Rising paper', 'Old favourite', 'Quiet paper']);
    const api = await listDailyPapers({ period, sort: 'trending', limit: 10, page: 0, submitter: null });
    expect(api.items.map((item) => item.title)).toEqual(['Rising paper', 'Old favourite', 'Quiet paper']);
  });

  it('keeps the day\u2019s own order for papers nobody voted on', async () => {
    await listDay(['First', 'Second', 'Third']);
    const trending = await listPaperSummaries({ period: dayPeriod(DAY), sort: 'trending', limit: 10 });
    expect(titlesOf(trending.papers)).toEqual(['First', 'Second', 'Third']);
  });
});

describe('the digest', () => {
  it('lists the upvoted paper first among its trending papers', async () => {
    const ids = await listDay(['Ranked first', 'Ranked second', 'Ranked third, upvoted']);
    const [reader] = await makeUsers(1);
    const before = await loadDigestContent(dailyEdition(DAY), 10);
    expect(before.papers[0]?.title).toBe('Ranked first');
    expect(await setVote(reader!, ids.get('Ranked third, upvoted')!, true)).toMatchObject({ upvotes: 1 });
    const after = await loadDigestContent(dailyEdition(DAY), 10);
    expect(after.papers.map((paper) => paper.title)).toEqual(['Ranked third, upvoted', 'Ranked first', 'Ranked second']);
    expect(after.subject).toContain('Ranked third, upvoted');
  });
});
