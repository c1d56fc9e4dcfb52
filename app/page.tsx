import type { Metadata } from 'next';
import { FeedPage } from '@/components/layout/feed-page';
import { DayView } from '@/components/papers/day-view';
import { dayPeriod } from '@/lib/dates/period';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { DEFAULT_LIST_OPTIONS } from '@/lib/papers/list-options';
import { loadPeriodList } from '@/lib/papers/list-queries';
import { getAdjacentFeedDays, getLatestFeedDay } from '@/lib/papers/queries';

// Cached and served static; the ingest and seed commands revalidate it on demand, and this
// bound caps how stale it can get when several instances each keep their own cache.
export const revalidate = 300;

export const metadata: Metadata = {
  title: { absolute: 'Daily Papers: trending research papers, day by day' },
  alternates: { canonical: '/', types: feedAlternateTypes() },
};

export default async function HomePage() {
  const day = await getLatestFeedDay();
  if (!day) {
    return (
      <FeedPage path="/">
        <p className="mx-auto mt-8 max-w-4xl px-4 text-neutral-700 sm:px-6 dark:text-neutral-300">
          No papers yet. Import some with <code>npm run db:seed</code>.
        </p>
      </FeedPage>
    );
  }
  // Sorting and filtering lead to the day's own page (/papers/date/D?sort=…), which is cached
  // per choice; the home page itself stays one cached page.
  const [{ papers, categories }, adjacent] = await Promise.all([loadPeriodList(dayPeriod(day), DEFAULT_LIST_OPTIONS), getAdjacentFeedDays(day)]);
  return (
    <FeedPage path="/" tabs={{ current: 'day', day }}>
      <DayView day={day} papers={papers} adjacent={adjacent} categories={categories} pagePath="/" />
    </FeedPage>
  );
}
