import Link from 'next/link';
import { formatFeedDayShort, type FeedDay } from '@/lib/dates/feed-day';
import { dayPath } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';
import { cn } from '@/lib/utils/cn';
import type { PaperSummary } from '@/lib/papers/types';
import { AuthorLine } from './author-line';
import { CategoryChips } from './category-chips';
import { RichText } from './rich-text';

// Four lines of a 375 px phone hold about this many characters: a shorter abstract is never
// clamped, so it gets no "show more" toggle.
const CLAMP_THRESHOLD = 180;

interface PaperCardProps {
  paper: PaperSummary;
  /** Place in the list shown; ids derive from it, so it must be unique on the page. */
  position: number;
  /** Weekly and monthly lists number papers by position and name each paper's day. */
  day?: FeedDay;
  /** h3 under a list's h2; h4 where the list is grouped under h3 day headings. */
  titleTag?: 'h3' | 'h4';
}

export function PaperCard({ paper, position, day, titleTag: Title = 'h3' }: PaperCardProps) {
  const titleId = `paper-${position}-title`;
  const clamped = paper.abstract.length > CLAMP_THRESHOLD;
  return (
    <article
      aria-labelledby={titleId}
      className="rounded-xl border border-neutral-200 bg-white p-4 shadow-sm sm:p-5 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="flex items-start gap-3">
        <p className="mt-0.5 shrink-0 rounded-md bg-neutral-100 px-2 py-0.5 font-mono text-sm font-semibold text-neutral-700 tabular-nums dark:bg-neutral-800 dark:text-neutral-300">
          <span className="sr-only">{day ? 'Number ' : 'Rank '}</span>
          <span aria-hidden="true">#</span>
          {day ? position : paper.rank}
        </p>
        <Title id={titleId} className="text-lg leading-snug font-semibold text-balance text-neutral-900 dark:text-neutral-50">
          <Link href={paperPath(paper.slug)} className="hover:text-amber-800 hover:underline dark:hover:text-amber-300">
            <RichText text={paper.title} links={false} />
          </Link>
        </Title>
      </div>
      {(day || paper.upvotes > 0) && (
        <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          {day && (
            <Link href={dayPath(day)} className="underline hover:text-amber-800 dark:hover:text-amber-300">
              <time dateTime={day}>{formatFeedDayShort(day)}</time>
            </Link>
          )}
          {day && paper.upvotes > 0 && ' · '}
          {/* Zero upvotes says nothing (seeded and freshly imported papers): shown only when earned. */}
          {paper.upvotes > 0 && `${paper.upvotes} ${paper.upvotes === 1 ? 'upvote' : 'upvotes'}`}
        </p>
      )}
      {paper.authors.length > 0 && (
        <AuthorLine authors={paper.authors} total={paper.authorCount} className="mt-1 text-sm text-neutral-600 dark:text-neutral-400" />
      )}
      <p className={cn('mt-3 text-[0.9375rem] leading-relaxed text-neutral-700 dark:text-neutral-300', clamped && 'abstract-clamp')}>
        <RichText text={paper.abstract} />
      </p>
      {clamped && (
        <details className="mt-1">
          <summary className="inline-block cursor-pointer rounded text-sm font-medium text-amber-800 hover:underline focus-visible:outline-2 focus-visible:outline-amber-600 dark:text-amber-300">
            <span className="when-closed">Show the full abstract</span>
            <span className="when-open">Show less</span>
          </summary>
        </details>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {paper.codeUrl && (
          <a
            href={paper.codeUrl}
            rel="noopener"
            className="inline-flex items-center gap-1.5 rounded-full border border-neutral-300 px-3 py-1 text-sm font-medium text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800"
          >
            <span aria-hidden="true">⌨</span> Code<span className="sr-only"> for {paper.title}</span>
          </a>
        )}
        <CategoryChips codes={paper.categories} />
      </div>
    </article>
  );
}
