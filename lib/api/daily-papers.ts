import { getLatestFeedDay } from '@/lib/papers/queries';
import { getPaperRecord, listPaperRecords, type PaperRecordDto } from '@/lib/papers/api-queries';
import { paperImagePath } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';
import { absoluteUrl } from '@/lib/site-url';
import type { DailyPapersQuery } from './daily-papers-query';
import { toHfDailyItem, toHfPaper, type HfDailyItem, type HfPaper } from './hf-shape';

export function thumbnailUrl(paper: Pick<PaperRecordDto, 'slug'>): string {
  return absoluteUrl(paperImagePath(paperPath(paper.slug)));
}

/** The items of GET /api/daily_papers; without a period, those of the latest day with papers. */
export async function listDailyPapers(query: DailyPapersQuery, now: Date = new Date()): Promise<{ items: HfDailyItem[]; hasMore: boolean }> {
  const period = query.period ?? (await latestDayPeriod(now));
  if (!period) return { items: [], hasMore: false };
  const { papers, hasMore } = await listPaperRecords({
    start: period.start,
    end: period.end,
    sort: query.sort,
    submitter: query.submitter,
    limit: query.limit,
    offset: query.page * query.limit,
  });
  return { items: papers.map((paper) => toHfDailyItem(paper, thumbnailUrl(paper))), hasMore };
}

async function latestDayPeriod(now: Date) {
  const day = await getLatestFeedDay(now);
  return day ? { start: day, end: day } : null;
}

export async function getHfPaper(slug: string): Promise<HfPaper | null> {
  const paper = await getPaperRecord(slug);
  return paper ? toHfPaper(paper) : null;
}
