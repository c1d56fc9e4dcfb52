import Link from 'next/link';
import { paperAnchor, UpvoteButton } from '@/components/community/upvote-button';
import { formatFeedDayLong, formatInstantDate } from '@/lib/dates/feed-day';
import { splitAbstractParagraphs } from '@/lib/papers/abstract';
import { buildDisplayLinks } from '@/lib/papers/display-links';
import { dayPath } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';
import type { PaperDetail as PaperDetailDto } from '@/lib/papers/types';
import { CommentThread } from '@/components/comments/comment-thread';
import { CiteSection } from '@/components/library/cite-section';
import { SaveButton } from '@/components/library/save-button';
import { collectPath } from '@/lib/library/paths';
import { SubmittedBy } from '@/components/submissions/submitted-by';
import { CategoryChips } from './category-chips';
import { RichText } from './rich-text';
import { FollowAuthors } from '@/components/follows/follow-authors';

const LABEL = 'text-sm font-semibold text-neutral-600 dark:text-neutral-400';

export function PaperDetail({ paper }: { paper: PaperDetailDto }) {
  const links = buildDisplayLinks(paper);
  return (
    <article aria-labelledby="paper-title" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      {paper.listing && (
        <p className="text-sm">
          <Link href={dayPath(paper.listing.day)} className="font-medium text-amber-800 hover:underline dark:text-amber-300">
            <span aria-hidden="true">← </span>
            Papers of {formatFeedDayLong(paper.listing.day)}
          </Link>
        </p>
      )}
      <h1 id="paper-title" className="mt-3 text-2xl leading-tight font-bold text-balance text-neutral-950 sm:text-3xl dark:text-white">
        <RichText text={paper.title} links={false} />
      </h1>
      {paper.authors.length > 0 && (
        <ul aria-label="Authors" className="mt-3 flex flex-wrap gap-x-1 text-neutral-700 dark:text-neutral-300">
          {paper.authors.map((author, index) => (
            <li key={`${index}-${author.name}`}>
              {author.name}
              {author.affiliation && <span className="text-neutral-600 dark:text-neutral-400"> ({author.affiliation})</span>}
              {index < paper.authors.length - 1 && ','}
            </li>
          ))}
        </ul>
      )}
      {paper.authors.length > 0 && <FollowAuthors names={paper.authors.map((author) => author.name)} back={paperPath(paper.slug)} />}

      <div id={paperAnchor(paper.id)} className="mt-4 flex flex-wrap items-center gap-2">
        <UpvoteButton paper={paper} pagePath={paperPath(paper.slug)} titleId="paper-title" />
        <SaveButton paperId={paper.id} pagePath={paperPath(paper.slug)} titleId="paper-title" />
        {/* A private page lists the reader's collections: this cached page cannot. */}
        <a href={collectPath(paper.id)} rel="nofollow" className="vote-comments">
          Add to collection
        </a>
        <a href="#cite" className="vote-comments">
          Cite
        </a>
      </div>

      <dl className="mt-5 grid grid-cols-1 gap-x-6 gap-y-3 rounded-xl border border-neutral-200 p-4 sm:grid-cols-2 dark:border-neutral-800">
        {paper.listing && (
          <div>
            <dt className={LABEL}>Listed on</dt>
            <dd className="text-neutral-900 dark:text-neutral-100">
              <Link href={dayPath(paper.listing.day)} className="underline hover:text-amber-800 dark:hover:text-amber-300">
                <time dateTime={paper.listing.day}>{formatFeedDayLong(paper.listing.day)}</time>
              </Link>{' '}
              (#{paper.listing.rank})
              {paper.listing.submittedBy && (
                <>
                  {', '}
                  <SubmittedBy name={paper.listing.submittedBy} local={paper.listing.submitterHasProfile} />
                </>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt className={LABEL}>Published</dt>
          <dd className="text-neutral-900 dark:text-neutral-100">
            {paper.publishedAt ? (
              <time dateTime={paper.publishedAt.toISOString()}>{formatInstantDate(paper.publishedAt)}</time>
            ) : (
              'Not known'
            )}
          </dd>
        </div>
        {paper.arxivId && (
          <div>
            <dt className={LABEL}>arXiv id</dt>
            <dd className="font-mono text-neutral-900 dark:text-neutral-100">
              {paper.arxivId}
              {paper.arxivVersion !== null && `v${paper.arxivVersion}`}
            </dd>
          </div>
        )}
        {paper.categories.length > 0 && (
          <div>
            <dt className={LABEL}>Categories</dt>
            <dd>
              <CategoryChips codes={paper.categories} className="mt-1" />
            </dd>
          </div>
        )}
        {paper.journalRef && (
          <div>
            <dt className={LABEL}>Journal reference</dt>
            <dd className="text-neutral-900 dark:text-neutral-100">{paper.journalRef}</dd>
          </div>
        )}
        {paper.comment && (
          <div className="sm:col-span-2">
            <dt className={LABEL}>Comments</dt>
            <dd className="text-neutral-900 dark:text-neutral-100">{paper.comment}</dd>
          </div>
        )}
      </dl>

      {links.length > 0 && (
        <ul aria-label="Links" className="mt-5 flex flex-wrap gap-2">
          {links.map((link) => (
            <li key={link.url}>
              <a
                href={link.url}
                rel="noopener"
                className="inline-flex items-center rounded-full border border-neutral-300 px-3 py-1 text-sm font-medium text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800"
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="abstract-heading" className="mt-8">
        <h2 id="abstract-heading" className="text-lg font-semibold text-neutral-900 dark:text-neutral-100">
          Abstract
        </h2>
        <div className="mt-2 space-y-4 font-serif text-[1.0625rem] leading-relaxed text-neutral-800 dark:text-neutral-200">
          {splitAbstractParagraphs(paper.abstract).map((paragraph, index) => (
            <p key={index}>
              <RichText text={paragraph} />
            </p>
          ))}
        </div>
      </section>

      <CiteSection paper={paper} />

      <CommentThread paperId={paper.id} slug={paper.slug} />
    </article>
  );
}
