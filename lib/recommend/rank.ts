import type { FeedDay } from '@/lib/dates/feed-day';
import { followReason, type FollowTarget } from '@/lib/follows/schema';
import type { LikedPaper } from './liked-papers';
import type { ReaderSignals } from './signals';
import { centroid, dot, scoreAgainst, sharedTerms } from './text-vectors';
import type { CandidateWindow, WindowPaper } from './window';

/** One paper For you (or a personal digest) suggests, with why. */
export interface Recommendation {
  paper: WindowPaper;
  score: number;
  reasons: string[];
}

export interface RankInput {
  window: CandidateWindow;
  period: { start: FeedDay; end: FeedDay };
  signals: ReaderSignals;
  liked: Map<number, LikedPaper>;
  /** Papers matching each followed query (lib/recommend/query-matches.ts). */
  queryMatches: Map<string, Set<number>>;
  limit: number;
}

// A followed category, author or query is something the reader asked for: it outweighs a
// likeness alone (cosines of related abstracts are ~0.1-0.4). A likeness below MIN_SIMILARITY is
// noise (shared common words), not a reason.
const FOLLOW_WEIGHT = 1;
const SIMILARITY_WEIGHT = 2;
export const MIN_SIMILARITY = 0.06;
const SHARED_TERMS = 3;

const authorKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function followMatcher(follows: readonly FollowTarget[], queryMatches: Map<string, Set<number>>) {
  const categories = new Map(follows.filter((f) => f.kind === 'category').map((f) => [f.value, f]));
  const authors = new Map(follows.filter((f) => f.kind === 'author').map((f) => [authorKey(f.value), f]));
  const queries = follows.filter((f) => f.kind === 'query');
  return (paper: WindowPaper): FollowTarget[] => {
    const hits: FollowTarget[] = [];
    for (const code of paper.categories) {
      const follow = categories.get(code);
      if (follow) hits.push(follow);
    }
    for (const name of paper.authors) {
      const follow = authors.get(authorKey(name));
      if (follow) hits.push(follow);
    }
    for (const follow of queries) if (queryMatches.get(follow.value)?.has(paper.id)) hits.push(follow);
    return hits;
  };
}

/** "like “Sparse Mixtures”: shares 'sparse', 'mixture', 'routing'" with the nearest liked paper. */
function likenessReason(paper: WindowPaper, liked: readonly LikedPaper[], window: CandidateWindow): string | null {
  let nearest: LikedPaper | null = null;
  let best = 0;
  for (const candidate of liked) {
    const similarity = dot(paper.vector, candidate.vector);
    if (similarity > best) {
      best = similarity;
      nearest = candidate;
    }
  }
  if (!nearest) return null;
  const words = sharedTerms(paper.vector, nearest.vector, window.vocabulary, SHARED_TERMS);
  const title = nearest.title.length > 80 ? `${nearest.title.slice(0, 77)}…` : nearest.title;
  return `like “${title}”${words.length ? `: shares ${words.map((word) => `'${word}'`).join(', ')}` : ''}`;
}

/**
 * The period's papers best first: each scores for the follows it matches and for its cosine
 * with the reader's profile (the mean tf-idf vector of what they upvoted and saved); papers
 * matching neither are left out (the caller fills with trending). Excluded papers (voted,
 * saved, dismissed, sent in a digest) are never returned.
 */
export function rankForReader(input: RankInput): Recommendation[] {
  const { window, period, signals, liked, queryMatches, limit } = input;
  const likedPapers = signals.liked.map((id) => liked.get(id)).filter((paper): paper is LikedPaper => paper !== undefined);
  const profile = likedPapers.length ? centroid(likedPapers.map((paper) => paper.vector), window.vocabulary.words.length) : null;
  const matchFollows = followMatcher(signals.follows, queryMatches);
  const scored: { paper: WindowPaper; score: number; follows: FollowTarget[]; similar: boolean }[] = [];
  for (const paper of window.papers) {
    if (paper.day < period.start || paper.day > period.end || signals.excluded.has(paper.id)) continue;
    const follows = matchFollows(paper);
    const similarity = profile ? scoreAgainst(profile, paper.vector) : 0;
    const similar = similarity >= MIN_SIMILARITY;
    if (follows.length === 0 && !similar) continue;
    // Trending only breaks ties between otherwise equal papers.
    const score = follows.length * FOLLOW_WEIGHT + (similar ? similarity * SIMILARITY_WEIGHT : 0) + paper.trendingScore * 1e-6;
    scored.push({ paper, score, follows, similar });
  }
  scored.sort((a, b) => b.score - a.score || a.paper.day.localeCompare(b.paper.day) * -1 || a.paper.rank - b.paper.rank);
  return scored.slice(0, limit).map(({ paper, score, follows, similar }) => {
    const reasons = follows.map(followReason);
    const likeness = similar ? likenessReason(paper, likedPapers, window) : null;
    if (likeness) reasons.push(likeness);
    return { paper, score, reasons };
  });
}

/** The period's trending papers the reader has not seen or marked, for a reader to start from or to fill a digest. */
export function trendingForReader(window: CandidateWindow, period: { start: FeedDay; end: FeedDay }, skip: ReadonlySet<number>, limit: number): WindowPaper[] {
  return window.papers
    .filter((paper) => paper.day >= period.start && paper.day <= period.end && !skip.has(paper.id))
    .sort((a, b) => b.trendingScore - a.trendingScore || b.upvotes - a.upvotes || b.day.localeCompare(a.day) || a.rank - b.rank)
    .slice(0, limit);
}
