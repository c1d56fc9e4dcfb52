import { ButtonLink } from '@/components/ui/button-link';
import { formatFeedDayShort } from '@/lib/dates/feed-day';
import { formatPeriod, shiftPeriod, type Period } from '@/lib/dates/period';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { listHref, periodPath } from '@/lib/papers/feed-paths';
import type { ListOptions } from '@/lib/papers/list-options';
import { PERIOD_LIST_LIMIT } from '@/lib/papers/list-queries';
import type { CategoryCount, PaperSummary } from '@/lib/papers/types';
import { ListControls } from './list-controls';
import { PaperCard } from './paper-card';

interface PeriodViewProps {
  period: Period;
  papers: PaperSummary[];
  options: ListOptions;
  categories: CategoryCount[];
}

const UNIT = { day: 'day', week: 'week', month: 'month' } as const;

/** A week's or a month's papers, best first by default, with the periods before and after. */
export function PeriodView({ period, papers, options, categories }: PeriodViewProps) {
  const label = formatPeriod(period);
  const [previous, next] = [shiftPeriod(period, -1), shiftPeriod(period, 1)];
  const unit = UNIT[period.kind];
  return (
    <section aria-labelledby="period-heading" className="mx-auto max-w-4xl px-4 sm:px-6">
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="period-heading" className="text-2xl font-bold text-neutral-900 dark:text-neutral-50">
          {label}
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {formatFeedDayShort(period.start)} – {formatFeedDayShort(period.end)} ·{' '}
          {papers.length === PERIOD_LIST_LIMIT ? `top ${PERIOD_LIST_LIMIT} papers` : `${papers.length} ${papers.length === 1 ? 'paper' : 'papers'}`}
        </p>
      </div>
      <nav aria-label={`${unit[0]?.toUpperCase()}${unit.slice(1)}s`} className="mt-4 flex gap-2">
        {previous && (
          <ButtonLink href={periodPath(previous)} rel="prev">
            <span aria-hidden="true">←</span> Previous {unit}
            <span className="sr-only">, {formatPeriod(previous)}</span>
          </ButtonLink>
        )}
        {next && (
          <ButtonLink href={periodPath(next)} rel="next">
            Next {unit}
            <span className="sr-only">, {formatPeriod(next)}</span> <span aria-hidden="true">→</span>
          </ButtonLink>
        )}
      </nav>
      <ListControls path={periodPath(period)} options={options} categories={categories} />
      {papers.length === 0 ? (
        <p className="mt-8 rounded-xl border border-dashed border-neutral-300 p-8 text-center text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
          {options.category ? `No papers in ${categoryName(options.category) ?? options.category} in this ${unit}.` : `No papers were listed in this ${unit}.`}
        </p>
      ) : (
        <ol className="mt-6 flex flex-col gap-4" aria-label={`Papers of ${label}`}>
          {papers.map((paper, index) => (
            <li key={paper.slug}>
              <PaperCard paper={paper} position={index + 1} day={paper.day} pagePath={listHref(periodPath(period), options)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
