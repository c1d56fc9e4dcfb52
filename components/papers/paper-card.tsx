import Link from 'next/link';
import { paperPath } from '@/lib/papers/paper-ref';
import { cn } from '@/lib/utils/cn';
import type { PaperSummary } from '@/lib/papers/types';
import { AuthorLine } from './author-line';

// Four lines of a 375 px phone hold about this many characters: a shorter abstract is never
// clamped, so it gets no "show more" toggle.
const CLAMP_THRESHOLD = 180;

export function PaperCard({ paper }: { paper: PaperSummary }) {
  const titleId = `paper-${paper.rank}-title`;
  const clamped = paper.abstract.length > CLAMP_THRESHOLD;
  return (
    <article
      aria-labelledby={titleId}
      className="rounded-xl border border-neutral-200 bg-white p-4 shadow-sm sm:p-5 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="flex items-start gap-3">
        <p className="mt-0.5 shrink-0 rounded-md bg-neutral-100 px-2 py-0.5 font-mono text-sm font-semibold text-neutral-700 tabular-nums dark:bg-neutral-800 dark:text-neutral-300">
          <span className="sr-only">Rank </span>
          <span aria-hidden="true">#</span>
          {paper.rank}
        </p>
        <h3 id={titleId} className="text-lg leading-snug font-semibold text-balance text-neutral-900 dark:text-neutral-50">
          <Link href={paperPath(paper.slug)} className="hover:text-amber-800 hover:underline dark:hover:text-amber-300">
            {paper.title}
          </Link>
        </h3>
      </div>
      {paper.authors.length > 0 && (
        <AuthorLine authors={paper.authors} total={paper.authorCount} className="mt-2 text-sm text-neutral-600 dark:text-neutral-400" />
      )}
      <p className={cn('mt-3 text-[0.9375rem] leading-relaxed text-neutral-700 dark:text-neutral-300', clamped && 'abstract-clamp')}>
        {paper.abstract}
      </p>
      {clamped && (
        <details className="mt-1">
          <summary className="inline-block cursor-pointer rounded text-sm font-medium text-amber-800 hover:underline focus-visible:outline-2 focus-visible:outline-amber-600 dark:text-amber-300">
            <span className="when-closed">Show the full abstract</span>
            <span className="when-open">Show less</span>
          </summary>
        </details>
      )}
      {paper.codeUrl && (
        <p className="mt-3">
          <a
            href={paper.codeUrl}
            rel="noopener"
            className="inline-flex items-center gap-1.5 rounded-full border border-neutral-300 px-3 py-1 text-sm font-medium text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800"
          >
            <span aria-hidden="true">⌨</span> Code<span className="sr-only"> for {paper.title}</span>
          </a>
        </p>
      )}
    </article>
  );
}
