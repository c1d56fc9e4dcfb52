import Link from 'next/link';
import { paperAnchor, UpvoteButton } from '@/components/community/upvote-button';
import { formatFeedDayShort, type FeedDay } from '@/lib/dates/feed-day';
import { dayPath } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';
import { cn } from '@/lib/utils/cn';
import type { PaperSummary } from '@/lib/papers/types';
import { SaveButton } from '@/components/library/save-button';
import { SubmittedBy } from '@/components/submissions/submitted-by';
import { AuthorLine } from './author-line';
import { CategoryChips } from './category-chips';
import { RichText } from './rich-text';

// Links in a list are not prefetched (prefetch={false}): Next would otherwise fetch every
// paper and category page whose link scrolls into view, so one reader of a day of 25 papers
// made the server render dozens of pages nobody opened. A click still navigates in the client.

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
  /** The page's own URL (with its ?sort=…), where a vote sent without script comes back. */
  pagePath: string;
}

export function PaperCard({ paper, position, day, titleTag: Title = 'h3', pagePath }: PaperCardProps) {
  const titleId = `paper-${position}-title`;
  const clamped = paper.abstract.length > CLAMP_THRESHOLD;
  return (
    <article id={paperAnchor(paper.id)} aria-labelledby={titleId} className="paper-card">
      <div className="flex items-start gap-3">
        <p className="paper-rank">
          <span className="sr-only">{day ? 'Number ' : 'Rank '}</span>
          <span aria-hidden="true">#</span>
          {day ? position : paper.rank}
        </p>
        <Title id={titleId} className="paper-title">
          <Link href={paperPath(paper.slug)} prefetch={false} className="paper-link">
            <RichText text={paper.title} links={false} />
          </Link>
        </Title>
      </div>
      {(day || paper.submittedBy) && (
        <p className="paper-meta mt-2">
          {day && (
            <Link href={dayPath(day)} prefetch={false} className="underline hover:text-amber-800 dark:hover:text-amber-300">
              <time dateTime={day}>{formatFeedDayShort(day)}</time>
            </Link>
          )}
          {/* The upvote count is on the upvote button below (components/community/upvote-button.tsx). */}
          {paper.submittedBy && (
            <>
              {day && ' · '}
              <SubmittedBy name={paper.submittedBy} local={paper.submitterHasProfile} />
            </>
          )}
        </p>
      )}
      {paper.authors.length > 0 && (
        <AuthorLine authors={paper.authors} total={paper.authorCount} className="paper-meta mt-1" />
      )}
      <p className={cn('paper-abstract', clamped && 'abstract-clamp')}>
        <RichText text={paper.abstract} />
      </p>
      {clamped && (
        <details className="mt-1">
          <summary className="paper-more">
            <span className="when-closed">Show the full abstract</span>
            <span className="when-open">Show less</span>
          </summary>
        </details>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <UpvoteButton paper={paper} pagePath={pagePath} titleId={titleId} />
        <SaveButton paperId={paper.id} pagePath={pagePath} titleId={titleId} />
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
