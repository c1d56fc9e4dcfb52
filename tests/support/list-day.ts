import type { FeedDay } from '@/lib/dates/feed-day';
import { dayPeriod } from '@/lib/dates/period';
import { DEFAULT_LIST_OPTIONS } from '@/lib/papers/list-options';
import { loadPeriodList } from '@/lib/papers/list-queries';

/** What a day's page lists, by the page's own data call (so the tested list is the rendered one). */
export function listDayPage(day: FeedDay | string) {
  return loadPeriodList(dayPeriod(day as FeedDay), DEFAULT_LIST_OPTIONS);
}
