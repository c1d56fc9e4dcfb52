import Link from 'next/link';
import { formatInstantDate } from '@/lib/dates/feed-day';
import { paperAnchor } from '@/components/community/upvote-button';
import { SaveButton } from '@/components/library/save-button';
import { AuthorLine } from '@/components/papers/author-line';
import { paperPath } from '@/lib/papers/paper-ref';
import type { SearchHit } from '@/lib/search/types';
import { HighlightedText } from './highlighted-text';

const CARD_AUTHOR_LIMIT = 8;

/**
 * One search result: the highlighted title (a link), authors, date and categories, the snippet
 * and, where the page says where it is (`pagePath`), a Save button that comes back to it.
 */
export function SearchHitCard({ hit, headingLevel = 2, pagePath }: { hit: SearchHit; headingLevel?: 2 | 3; pagePath?: string }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `hit-${hit.id}-title`;
  return (
    <article id={paperAnchor(hit.id)} aria-labelledby={titleId} className="paper-card">
      <Heading id={titleId} className="paper-title">
        <Link href={paperPath(hit.slug)} prefetch={false} className="paper-link">
          <HighlightedText segments={hit.titleHighlight} />
        </Link>
      </Heading>
      {hit.authors.length > 0 && (
        <AuthorLine
          authors={hit.authors.slice(0, CARD_AUTHOR_LIMIT).map((author) => author.name)}
          total={hit.authors.length}
          className="mt-2 text-sm text-neutral-700 dark:text-neutral-300"
        />
      )}
      <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
        {hit.publishedAt && <time dateTime={hit.publishedAt.toISOString()}>{formatInstantDate(hit.publishedAt)}</time>}
        {hit.publishedAt && hit.categories.length > 0 && ' · '}
        {hit.categories.join(', ')}
      </p>
      <p className="mt-3 text-[0.9375rem] leading-relaxed text-neutral-800 dark:text-neutral-200">
        <HighlightedText segments={hit.snippet} />
      </p>
      {pagePath && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <SaveButton paperId={hit.id} pagePath={pagePath} titleId={titleId} />
        </div>
      )}
    </article>
  );
}
