import { z } from 'zod';
import { isKnownCategory } from './arxiv-taxonomy';

/**
 * How a list is ordered. `top` is the list's own order: a day's rank, or for a week or month
 * the most upvoted first (as Hugging Face's weekly and monthly views do). `trending` is
 * upvotes and comments fading with a half-life (lib/community/trending.ts, decision 019);
 * `upvotes` the raw count.
 */
export const LIST_SORTS = ['top', 'trending', 'newest', 'upvotes'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const SORT_LABELS: Record<ListSort, string> = {
  top: 'Top',
  trending: 'Trending',
  newest: 'Newest',
  upvotes: 'Most upvoted',
};

export const listSortSchema = z.enum(LIST_SORTS);

/** A category code in a URL: only codes of arXiv's taxonomy, so a typo is a 404, not an empty page. */
export const categoryCodeSchema = z.string().max(40).refine(isKnownCategory, { error: 'Unknown arXiv category' });

export interface ListOptions {
  sort: ListSort;
  category: string | null;
}

export const DEFAULT_LIST_OPTIONS: ListOptions = { sort: 'top', category: null };

/**
 * Reads the internal path segments of a list variant (`/view/newest/cs.LG`, `all` = no filter),
 * as Next hands them over: already decoded, so they are not decoded again (`%` would throw).
 */
export function parseListOptions(sort: string, category: string): ListOptions | null {
  const parsedSort = listSortSchema.safeParse(sort);
  if (!parsedSort.success) return null;
  if (category === 'all') return { sort: parsedSort.data, category: null };
  return categoryCodeSchema.safeParse(category).success ? { sort: parsedSort.data, category } : null;
}
