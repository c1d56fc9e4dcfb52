import { addDays, type FeedDay } from '@/lib/dates/feed-day';
import { db } from '@/lib/db';
import { getLatestFeedDay } from '@/lib/papers/queries';
import { buildVocabulary, termCounts, vectorize, type SparseVector, type Vocabulary } from './text-vectors';

/**
 * The candidate window: the papers listed in the last WINDOW_DAYS days up to the latest feed day
 * (at most WINDOW_MAX_PAPERS, the newest first), with their tf-idf vectors. Recommending for a
 * reader only ever scores these, so its cost depends on the window, not on the catalogue: the
 * same at 10k papers as at 1M (docs/decisions/028).
 *
 * Held in process memory, built on first use and rebuilt when the window changes (a new day, a
 * new or hidden paper: its key) or after WINDOW_MAX_AGE_MS (counts and trending scores move).
 * One build reads the window's rows once; every reader of this instance shares it.
 */
export const WINDOW_DAYS = 30;
export const WINDOW_MAX_PAPERS = 20_000;
const WINDOW_MAX_AGE_MS = 5 * 60_000;
/**
 * How long the window's key is trusted without asking the database again: a new or hidden paper
 * shows in For you within this time. Saves two queries on most requests.
 */
const KEY_CHECK_MS = 10_000;

export interface WindowPaper {
  id: number;
  slug: string;
  title: string;
  abstract: string;
  day: FeedDay;
  rank: number;
  upvotes: number;
  numComments: number;
  trendingScore: number;
  categories: string[];
  authors: string[];
  vector: SparseVector;
}

export interface CandidateWindow {
  key: string;
  start: FeedDay;
  end: FeedDay;
  papers: WindowPaper[];
  byId: Map<number, WindowPaper>;
  vocabulary: Vocabulary;
  /** Lowest and highest paper id in the window: bounds the search engine's work for followed queries. */
  idRange: { from: number; to: number };
  builtAt: number;
}

let cached: { key: string; builtAt: number; checkedAt: number; promise: Promise<CandidateWindow> } | null = null;

/** What identifies the window's content: its days, its newest paper and how many it lists. */
async function windowKey(): Promise<{ key: string; start: FeedDay; end: FeedDay } | null> {
  const end = await getLatestFeedDay();
  if (!end) return null;
  const start = addDays(end, -(WINDOW_DAYS - 1));
  const stats = await db.listing.aggregate({ where: { day: { gte: start, lte: end }, hiddenAt: null }, _max: { paperId: true }, _count: { _all: true } });
  return { key: `${start}..${end}:${stats._max.paperId ?? 0}:${stats._count._all}`, start, end };
}

/** The current window, from memory when it has not changed. Null when there are no papers. */
export async function getCandidateWindow(now = Date.now()): Promise<CandidateWindow | null> {
  const fresh = (entry: NonNullable<typeof cached>) => now - entry.builtAt < WINDOW_MAX_AGE_MS;
  if (cached && fresh(cached) && now - cached.checkedAt < KEY_CHECK_MS) return cached.promise;
  const current = await windowKey();
  if (!current) return null;
  if (cached && cached.key === current.key && fresh(cached)) {
    cached.checkedAt = now;
    return cached.promise;
  }
  const promise = buildWindow(current.key, current.start, current.end);
  cached = { key: current.key, builtAt: now, checkedAt: now, promise };
  promise.catch(() => {
    if (cached?.promise === promise) cached = null;
  });
  return promise;
}

/** Drops the in-memory window (tests that change the catalogue between cases). */
export function forgetCandidateWindow(): void {
  cached = null;
}

async function buildWindow(key: string, start: FeedDay, end: FeedDay): Promise<CandidateWindow> {
  const rows = await db.listing.findMany({
    where: { day: { gte: start, lte: end }, hiddenAt: null },
    orderBy: [{ day: 'desc' }, { rank: 'asc' }],
    take: WINDOW_MAX_PAPERS,
    select: {
      day: true,
      rank: true,
      paper: {
        select: {
          id: true,
          slug: true,
          title: true,
          abstract: true,
          upvotes: true,
          numComments: true,
          trendingScore: true,
          categories: { select: { code: true }, orderBy: { position: 'asc' } },
          authors: { select: { name: true }, orderBy: { position: 'asc' } },
        },
      },
    },
  });
  const counts = rows.map(({ paper }) => termCounts(paper.title, paper.abstract));
  const vocabulary = buildVocabulary(counts);
  const papers: WindowPaper[] = rows.map(({ day, rank, paper }, index) => ({
    id: paper.id,
    slug: paper.slug,
    title: paper.title,
    abstract: paper.abstract,
    day: day as FeedDay,
    rank,
    upvotes: paper.upvotes,
    numComments: paper.numComments,
    trendingScore: paper.trendingScore,
    categories: paper.categories.map((category) => category.code),
    authors: paper.authors.map((author) => author.name),
    vector: vectorize(counts[index] ?? new Map(), vocabulary),
  }));
  const ids = papers.map((paper) => paper.id);
  return {
    key,
    start,
    end,
    papers,
    byId: new Map(papers.map((paper) => [paper.id, paper])),
    vocabulary,
    idRange: { from: ids.reduce((low, id) => Math.min(low, id), ids[0] ?? 0), to: ids.reduce((high, id) => Math.max(high, id), 0) },
    builtAt: Date.now(),
  };
}
