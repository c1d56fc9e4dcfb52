import Link from 'next/link';
import { paperAnchor, UpvoteButton } from '@/components/community/upvote-button';
import { AuthorLine } from '@/components/papers/author-line';
import { RichText } from '@/components/papers/rich-text';
import { formatFeedDayShort } from '@/lib/dates/feed-day';
import { excerpt } from '@/lib/digest/content';
import { paperPath } from '@/lib/papers/paper-ref';
import type { WindowPaper } from '@/lib/recommend/window';

const SHOWN_AUTHORS = 4;
const EXCERPT_LENGTH = 360;

interface RecommendationCardProps {
  paper: WindowPaper;
  position: number;
  /** Why it is here; none for the trending papers a reader starts from. */
  reasons?: string[];
  /** The page with its ?period=, where the card's forms come back. */
  pagePath: string;
  /** "Not interested": only on recommendations. */
  dismissable?: boolean;
}

/** A paper on For you: title, authors, day, why, an excerpt, Upvote and "Not interested". */
export function RecommendationCard({ paper, position, reasons = [], pagePath, dismissable = false }: RecommendationCardProps) {
  const titleId = `rec-${position}-title`;
  return (
    <article id={paperAnchor(paper.id)} aria-labelledby={titleId} className="paper-card">
      <h3 id={titleId} className="paper-title">
        <Link href={paperPath(paper.slug)} prefetch={false} className="paper-link">
          <RichText text={paper.title} links={false} />
        </Link>
      </h3>
      <p className="paper-meta mt-1">
        <time dateTime={paper.day}>{formatFeedDayShort(paper.day)}</time>
        {paper.categories[0] ? ` · ${paper.categories.slice(0, 3).join(', ')}` : ''}
      </p>
      {paper.authors.length > 0 && <AuthorLine authors={paper.authors.slice(0, SHOWN_AUTHORS)} total={paper.authors.length} className="paper-meta mt-1" />}
      {reasons.length > 0 && (
        <ul aria-label="Why this paper" className="mt-2 flex flex-wrap gap-1.5">
          {reasons.map((reason) => (
            <li key={reason} className="rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              {reason}
            </li>
          ))}
        </ul>
      )}
      <p className="paper-abstract">
        <RichText text={excerpt(paper.abstract, EXCERPT_LENGTH)} />
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <UpvoteButton paper={paper} pagePath={pagePath} titleId={titleId} />
        {dismissable && (
          <form method="post" action="/for-you/dismiss">
            <input type="hidden" name="paper" value={paper.id} />
            <input type="hidden" name="on" value="1" />
            <input type="hidden" name="back" value={pagePath} />
            <button
              type="submit"
              aria-describedby={titleId}
              className="rounded-full px-3 py-1 text-sm font-medium text-neutral-700 underline-offset-2 hover:underline dark:text-neutral-300"
            >
              Not interested
            </button>
          </form>
        )}
      </div>
    </article>
  );
}
