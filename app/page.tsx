import type { Metadata } from 'next';
import { FeedPage } from '@/components/layout/feed-page';
import { DayView } from '@/components/papers/day-view';
import { getAdjacentFeedDays, getLatestFeedDay, listPapersForDay } from '@/lib/papers/queries';

// Cached and served static; the ingest and seed commands revalidate it on demand, and this
// bound caps how stale it can get when several instances each keep their own cache.
export const revalidate = 300;

export const metadata: Metadata = {
  alternates: { canonical: '/' },
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
  const [{ papers }, adjacent] = await Promise.all([listPapersForDay(day), getAdjacentFeedDays(day)]);
  return (
    <FeedPage path="/">
      <DayView day={day} papers={papers} adjacent={adjacent} />
    </FeedPage>
  );
}
