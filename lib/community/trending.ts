/**
 * "Trending": activity that fades with a half-life (docs/decisions/019-community-freshness-and-trending.md).
 *
 * Each upvote counts 1 and each visible comment 1/2, and every one of them loses half its
 * weight every TRENDING_HALF_LIFE_HOURS. Comparing two papers by their decayed sums at time
 * `now` is the same as comparing Σ w·2^((t − epoch)/h): the factor 2^(−(now − epoch)/h) is
 * common to all. So the stored score, log2 of that sum, never needs recomputing as time
 * passes; it changes only when a vote or comment is added or removed, and ORDER BY it is the
 * decayed order at any moment.
 */
export const TRENDING_HALF_LIFE_HOURS = 24;
export const COMMENT_WEIGHT = 0.5;
/** Any activity after this instant scores above 0, the score of a paper with none. */
export const TRENDING_EPOCH = Date.UTC(2020, 0, 1);

export interface Activity {
  at: Date;
  weight: number;
}

/** log2 Σ w·2^((t − epoch)/h), computed without overflow (the exponents reach thousands). */
export function trendingScore(activity: readonly Activity[]): number {
  const terms = activity
    .filter((event) => event.weight > 0)
    .map((event) => ({ exponent: (event.at.getTime() - TRENDING_EPOCH) / (TRENDING_HALF_LIFE_HOURS * 3_600_000), weight: event.weight }));
  if (terms.length === 0) return 0;
  const top = Math.max(...terms.map((term) => term.exponent));
  const sum = terms.reduce((total, term) => total + term.weight * 2 ** (term.exponent - top), 0);
  return Math.max(0, top + Math.log2(sum));
}

/** The decayed weight a score stands for at `now` (for explaining the order; not stored). */
export function decayedActivity(score: number, now: Date): number {
  if (score <= 0) return 0;
  return 2 ** (score - (now.getTime() - TRENDING_EPOCH) / (TRENDING_HALF_LIFE_HOURS * 3_600_000));
}
