import { addDays, type FeedDay } from '@/lib/dates/feed-day';
import { loadLikedPapers } from './liked-papers';
import { matchFollowedQueries } from './query-matches';
import { rankForReader, trendingForReader, type Recommendation } from './rank';
import { loadSignals } from './signals';
import { getCandidateWindow, type CandidateWindow, type WindowPaper } from './window';

export const FOR_YOU_PERIODS = ['day', 'week', 'month'] as const;
export type ForYouPeriod = (typeof FOR_YOU_PERIODS)[number];

export const FOR_YOU_LIMIT = 30;
const TRENDING_LIMIT = 10;

export interface ForYou {
  period: ForYouPeriod;
  start: FeedDay | null;
  end: FeedDay | null;
  items: Recommendation[];
  /** Trending papers of the period the reader has not marked: to start from, or to read on. */
  trending: WindowPaper[];
  followCount: number;
  likedCount: number;
}

/** The days a period covers, ending at the window's latest day. */
export function periodBounds(window: Pick<CandidateWindow, 'start' | 'end'>, period: ForYouPeriod): { start: FeedDay; end: FeedDay } {
  const { end } = window;
  if (period === 'day') return { start: end, end };
  if (period === 'week') return { start: addDays(end, -6), end };
  return { start: window.start, end };
}

/**
 * One reader's For you page (issue 14, item 3): their follows' and likes' best papers of the
 * period, with reasons, then trending. A handful of indexed queries for the reader's signals,
 * one search per followed query (bounded to the window), and in-memory scoring of the cached
 * window: scripts/bench/recommend-eval.ts measures it.
 */
export async function buildForYou(userId: string, period: ForYouPeriod, limit = FOR_YOU_LIMIT): Promise<ForYou> {
  const window = await getCandidateWindow();
  if (!window) return { period, start: null, end: null, items: [], trending: [], followCount: 0, likedCount: 0 };
  const signals = (await loadSignals([userId])).get(userId) ?? { follows: [], liked: [], excluded: new Set<number>() };
  const [liked, queryMatches] = await Promise.all([
    loadLikedPapers(window, signals.liked),
    matchFollowedQueries(window, signals.follows.filter((follow) => follow.kind === 'query').map((follow) => follow.value)),
  ]);
  const bounds = periodBounds(window, period);
  const items = rankForReader({ window, period: bounds, signals, liked, queryMatches, limit });
  const shown = new Set([...signals.excluded, ...items.map((item) => item.paper.id)]);
  const trending = trendingForReader(window, bounds, shown, TRENDING_LIMIT);
  return { period, ...bounds, items, trending, followCount: signals.follows.length, likedCount: signals.liked.length };
}
