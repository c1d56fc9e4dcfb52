import { FeedPage } from '@/components/layout/feed-page';
import { todayUtc } from '@/lib/dates/feed-day';
import type { Period } from '@/lib/dates/period';
import { dayPath, periodPath } from '@/lib/papers/feed-paths';
import type { ListOptions } from '@/lib/papers/list-options';
import { loadPeriodList } from '@/lib/papers/list-queries';
import { getAdjacentFeedDays } from '@/lib/papers/queries';
import { DayView } from './day-view';
import { PeriodView } from './period-view';

/**
 * A day, week or month list, plain or sorted/filtered: what every list route renders once it
 * has resolved its URL (the routes keep their own segment config and their 404).
 */
export async function ListPage({ route }: { route: { period: Period; options: ListOptions } }) {
  const { period, options } = route;
  if (period.kind === 'day') {
    const day = period.start;
    const [{ papers, categories }, adjacent] = await Promise.all([loadPeriodList(period, options), getAdjacentFeedDays(day)]);
    return (
      <FeedPage path={dayPath(day)} tabs={{ current: 'day', day }}>
        <DayView day={day} papers={papers} adjacent={adjacent} options={options} categories={categories} />
      </FeedPage>
    );
  }
  const { papers, categories } = await loadPeriodList(period, options);
  const today = todayUtc();
  return (
    <FeedPage path={periodPath(period)} tabs={{ current: period.kind, day: period.end < today ? period.end : today }}>
      <PeriodView period={period} papers={papers} options={options} categories={categories} />
    </FeedPage>
  );
}
