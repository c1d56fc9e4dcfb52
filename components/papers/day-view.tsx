import Link from 'next/link';
import { formatFeedDayLong, type FeedDay } from '@/lib/dates/feed-day';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { dayPath, listHref } from '@/lib/papers/feed-paths';
import { DEFAULT_LIST_OPTIONS, type ListOptions } from '@/lib/papers/list-options';
import type { AdjacentDays, CategoryCount, PaperSummary } from '@/lib/papers/types';
import { SubmitPaperLink } from '@/components/submissions/submit-paper-link';
import { DayNav } from './day-nav';
import { ListControls } from './list-controls';
import { PaperCard } from './paper-card';

interface DayViewProps {
  day: FeedDay;
  papers: PaperSummary[];
  adjacent: AdjacentDays;
  options?: ListOptions;
  categories?: CategoryCount[];
  /** The page's own URL when it is not the day's (the home page). */
  pagePath?: string;
}

/** One feed day: its date, navigation to other days, sort and filter, and its papers. */
export function DayView({ day, papers, adjacent, options = DEFAULT_LIST_OPTIONS, categories = [], pagePath = listHref(dayPath(day), options) }: DayViewProps) {
  const count = papers.length;
  return (
    <section aria-labelledby="day-heading" className="mx-auto max-w-4xl px-4 sm:px-6">
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="day-heading" className="text-2xl font-bold text-neutral-900 dark:text-neutral-50">
          <time dateTime={day}>{formatFeedDayLong(day)}</time>
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {count === 0 ? 'No papers' : `${count} ${count === 1 ? 'paper' : 'papers'}`} · UTC day · <SubmitPaperLink />
        </p>
      </div>
      <div className="mt-4">
        <DayNav day={day} adjacent={adjacent} />
      </div>
      {(count > 0 || options.category) && <ListControls path={dayPath(day)} options={options} categories={categories} />}
      {count === 0 && options.category ? (
        <p className="mt-8 rounded-xl border border-dashed border-neutral-300 p-8 text-center text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
          No papers in {categoryName(options.category) ?? options.category} on this day.
        </p>
      ) : count === 0 ? (
        <EmptyDay adjacent={adjacent} />
      ) : (
        <ol className="mt-6 flex flex-col gap-4" aria-label={`Papers of ${formatFeedDayLong(day)}`}>
          {papers.map((paper, index) => (
            <li key={paper.slug}>
              <PaperCard paper={paper} position={index + 1} pagePath={pagePath} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EmptyDay({ adjacent }: { adjacent: AdjacentDays }) {
  const nearest = [adjacent.previous, adjacent.next].filter((day): day is FeedDay => day !== null);
  return (
    <div className="mt-8 rounded-xl border border-dashed border-neutral-300 p-8 text-center dark:border-neutral-700">
      <p className="text-lg font-semibold text-neutral-900 dark:text-neutral-100">No papers were listed on this day.</p>
      {nearest.length > 0 ? (
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">
          The nearest days with papers:{' '}
          {nearest.map((day, index) => (
            <span key={day}>
              {index > 0 && ' and '}
              <Link href={dayPath(day)} className="font-medium text-amber-800 underline dark:text-amber-300">
                {formatFeedDayLong(day)}
              </Link>
            </span>
          ))}
          .
        </p>
      ) : (
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">There are no papers in the feed yet.</p>
      )}
    </div>
  );
}
