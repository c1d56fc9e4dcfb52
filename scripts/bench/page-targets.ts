/**
 * What the page benchmark requests in a catalogue of `size` papers: per page kind, one URL for
 * the cached runs and a list of not-yet-requested URLs for the cache-miss runs. List pages have
 * few distinct days, so the miss lists also use the sorted/filtered variants, each of which is
 * its own cache entry (docs/decisions/006-list-variants-as-cached-paths.md).
 */
import { LAST_DAY, listingDay, PAPERS_PER_DAY, paperId, weekdayBefore } from './catalogue-lines';
import { vocabularyWord } from './snapshot-lines';
import { FIRST_FEED_DAY } from '@/lib/dates/feed-day';

export interface PageTarget {
  name: 'day' | 'week' | 'paper' | 'search';
  hit: string;
  misses: string[];
  /** Plain pages kept out of `misses`, for the side-by-side run with a bare Next page (bare-next.ts). */
  compare?: string[];
}

const SORTS = ['top', 'newest', 'upvotes'];
const CATEGORIES = ['all', 'cs.LG', 'cs.CV', 'cs.AI'];
// A query of a common word (in ~20-35% of abstracts) and a specific one (~3%), as people
// type them: each matches about 1% of the catalogue (10,000 papers at 1M).
const COMMON_RANKS = Array.from({ length: 16 }, (_, index) => 20 + index);
const SPECIFIC_RANKS = Array.from({ length: 10 }, (_, index) => 300 + index);
const MAX_MISSES = 20_000;
// Enough never-requested pages for two runs of a few seconds each on a cache miss.
const MAX_COMPARE = 600;

/** ISO 8601 week of a calendar date, as the app spells it in URLs: 2025-W36. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function withVariants(base: string[]): string[] {
  const variants = SORTS.flatMap((sort) => CATEGORIES.map((category) => `/view/${sort}/${category}`));
  return ['', ...variants].flatMap((variant) => base.map((path) => `${path}${variant}`)).slice(0, MAX_MISSES);
}

/** Two-word queries, each different: a search result page is never cached anyway. */
export function searchQueries(): string[] {
  return COMMON_RANKS.flatMap((common) => SPECIFIC_RANKS.map((specific) => `${vocabularyWord(common)} ${vocabularyWord(specific)}`));
}

export function pageTargets(size: number): PageTarget[] {
  const dayCount = Math.ceil(size / PAPERS_PER_DAY);
  // A million papers reach back past arXiv's first day, and the app has no pages before it.
  const days = Array.from({ length: Math.min(dayCount, MAX_MISSES) - 1 }, (_, index) => weekdayBefore(index + 1).toISOString().slice(0, 10)).filter((day) => day >= FIRST_FEED_DAY);
  const weeks = [...new Set(days.map(isoWeek))].filter((week) => week !== isoWeek(LAST_DAY));
  // New-style ids only: their page path is the id itself.
  const papers = Array.from({ length: Math.min(size - 1, MAX_MISSES) }, (_, index) => paperId(index + 1)).filter((id) => !id.includes('/'));
  // The oldest days and papers of the lists are set aside for the comparison with bare Next.
  const compareDays = days.splice(-Math.min(MAX_COMPARE, Math.floor((days.length * 3) / 4)));
  const comparePapers = papers.splice(-Math.min(MAX_COMPARE, Math.floor((papers.length * 3) / 4)));
  return [
    { name: 'day', hit: `/papers/date/${LAST_DAY}`, misses: withVariants(days.map((day) => `/papers/date/${day}`)), compare: compareDays.map((day) => `/papers/date/${day}`) },
    { name: 'week', hit: `/papers/week/${isoWeek(LAST_DAY)}`, misses: withVariants(weeks.map((week) => `/papers/week/${week}`)) },
    { name: 'paper', hit: `/papers/${paperId(0)}`, misses: papers.map((id) => `/papers/${id}`), compare: comparePapers.map((id) => `/papers/${id}`) },
    { name: 'search', hit: `/search?q=${encodeURIComponent(searchQueries()[0] ?? '')}`, misses: searchQueries().map((q) => `/search?q=${encodeURIComponent(q)}`) },
  ];
}

/** Days the catalogue lists, newest first, for the API benchmark. */
export function catalogueDays(size: number, count: number): string[] {
  return Array.from({ length: Math.min(count, Math.ceil(size / PAPERS_PER_DAY)) }, (_, index) => listingDay(index * PAPERS_PER_DAY));
}
