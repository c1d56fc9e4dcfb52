import Link from 'next/link';
import { FollowButton } from '@/components/follows/follow-button';
import { ButtonLink } from '@/components/ui/button-link';
import { formatFeedDayLong } from '@/lib/dates/feed-day';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import type { CategoryPage } from '@/lib/papers/category-queries';
import { categoryPath, dayPath, listHref } from '@/lib/papers/feed-paths';
import { PaperCard } from './paper-card';

/** A category's archive: its papers grouped by the day they were listed, newest day first. */
export function CategoryView({ code, page, data }: { code: string; page: number; data: CategoryPage }) {
  // Card ids derive from the position, which must run on across the day groups.
  const offsets = data.days.map((_, index) => data.days.slice(0, index).reduce((sum, group) => sum + group.papers.length, 0));
  return (
    <section aria-labelledby="category-heading" className="mx-auto max-w-4xl px-4 sm:px-6">
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="category-heading" className="text-2xl font-bold text-neutral-900 dark:text-neutral-50">
          {categoryName(code)} <span className="font-mono text-lg text-neutral-600 dark:text-neutral-400">{code}</span>
        </h2>
        <div className="flex items-center gap-3">
          <FollowButton kind="category" value={code} label={code} back={categoryPath(code, page)} />
          <a href={`${categoryPath(code)}/feed.xml`} className="text-sm font-medium text-amber-800 underline dark:text-amber-300">
            RSS feed<span className="sr-only"> of {categoryName(code)}</span>
          </a>
        </div>
      </div>
      {data.days.length === 0 && (
        <p className="mt-8 rounded-xl border border-dashed border-neutral-300 p-8 text-center text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
          {page === 1 ? 'No papers in this category yet.' : 'There are no older papers in this category.'}
        </p>
      )}
      {data.days.map(({ day, papers }, dayIndex) => (
        <section key={day} aria-labelledby={`day-${day}`} className="mt-8">
          <h3 id={`day-${day}`} className="text-lg font-semibold text-neutral-900 dark:text-neutral-100">
            <Link href={listHref(dayPath(day), { sort: 'top', category: code })} prefetch={false} className="hover:underline">
              <time dateTime={day}>{formatFeedDayLong(day)}</time>
            </Link>
          </h3>
          <ol className="mt-3 flex flex-col gap-4" aria-label={`${categoryName(code)} papers of ${formatFeedDayLong(day)}`}>
            {papers.map((paper, index) => (
              <li key={paper.slug}>
                <PaperCard paper={paper} position={(offsets[dayIndex] ?? 0) + index + 1} titleTag="h4" pagePath={categoryPath(code, page)} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      <nav aria-label="Pages" className="mt-8 flex gap-2">
        {page > 1 && (
          <ButtonLink href={categoryPath(code, page - 1)} rel="prev">
            <span aria-hidden="true">←</span> Newer papers
          </ButtonLink>
        )}
        {data.hasMore && (
          <ButtonLink href={categoryPath(code, page + 1)} rel="next">
            Older papers <span aria-hidden="true">→</span>
          </ButtonLink>
        )}
      </nav>
    </section>
  );
}
