import { dayPeriod } from '@/lib/dates/period';
import type { ListSort } from '@/lib/papers/list-options';
import { listPaperDetails } from '@/lib/papers/list-queries';
import { getLatestFeedDay, getPaperBySlug } from '@/lib/papers/queries';
import { paperImagePath } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';
import { absoluteUrl } from '@/lib/site-url';
import type { ApiSort, DailyPapersQuery } from './daily-papers-query';
import { toHfDailyItem, toHfPaper, type HfDailyItem, type HfPaper } from './hf-shape';

export function thumbnailUrl(paper: { slug: string }): string {
  return absoluteUrl(paperImagePath(paperPath(paper.slug)));
}

/** Hugging Face's sorts as the site's: `trending` is the lists' Trending (decision 019). */
const LIST_SORT_OF: Record<ApiSort, ListSort> = { listing: 'top', publishedAt: 'newest', trending: 'trending' };

/** The items of GET /api/daily_papers; without a period, those of the latest day with papers. */
export async function listDailyPapers(query: DailyPapersQuery, now: Date = new Date()): Promise<{ items: HfDailyItem[]; hasMore: boolean }> {
  const latest = query.period ? null : await getLatestFeedDay(now);
  const period = query.period ?? (latest ? dayPeriod(latest) : null);
  if (!period) return { items: [], hasMore: false };
  const { papers, hasMore } = await listPaperDetails({
    period,
    sort: LIST_SORT_OF[query.sort],
    submitter: query.submitter,
    limit: query.limit,
    offset: query.page * query.limit,
  });
  return { items: papers.map((paper) => toHfDailyItem(paper, thumbnailUrl(paper))), hasMore };
}

/** Hugging Face's paper object, plus the count of visible comments (its daily items carry it outside). */
export async function getHfPaper(slug: string): Promise<(HfPaper & { numComments: number }) | null> {
  const paper = await getPaperBySlug(slug);
  return paper ? { ...toHfPaper(paper), numComments: paper.numComments } : null;
}
