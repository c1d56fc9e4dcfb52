import { ButtonLink } from '@/components/ui/button-link';
import { formatFeedDayShort, todayUtc, FIRST_FEED_DAY, type FeedDay } from '@/lib/dates/feed-day';
import type { AdjacentDays } from '@/lib/papers/types';
import { dayPath } from '@/lib/papers/feed-paths';

/** Previous/next day links (empty days skipped) and a date field that jumps to any day. */
export function DayNav({ day, adjacent }: { day: FeedDay; adjacent: AdjacentDays }) {
  return (
    <nav aria-label="Days" className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex gap-2">
        {adjacent.previous ? (
          <ButtonLink href={dayPath(adjacent.previous)} rel="prev">
            <span aria-hidden="true">←</span> Previous day
            <span className="sr-only">, {formatFeedDayShort(adjacent.previous)}</span>
          </ButtonLink>
        ) : null}
        {adjacent.next ? (
          <ButtonLink href={dayPath(adjacent.next)} rel="next">
            Next day<span className="sr-only">, {formatFeedDayShort(adjacent.next)}</span> <span aria-hidden="true">→</span>
          </ButtonLink>
        ) : null}
      </div>
      <form action="/papers/date" method="get" className="flex items-center gap-2">
        <label htmlFor="jump-to-day" className="text-sm text-neutral-700 dark:text-neutral-300">
          Go to
        </label>
        <input
          id="jump-to-day"
          name="date"
          type="date"
          required
          min={FIRST_FEED_DAY}
          max={todayUtc()}
          defaultValue={day}
          className="rounded-lg border border-neutral-300 bg-white px-2 py-1.5 text-sm text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:[color-scheme:dark]"
        />
        <button
          type="submit"
          className="rounded-lg border border-neutral-300 px-3 py-1.5 text-sm font-semibold text-neutral-900 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-100 dark:hover:bg-neutral-800"
        >
          Show
        </button>
      </form>
    </nav>
  );
}
