import Link from 'next/link';
import { AuthorLine } from '@/components/papers/author-line';
import { toPlainText } from '@/lib/math/rich-text';
import { paperPath } from '@/lib/papers/paper-ref';
import type { PaperDetail } from '@/lib/papers/types';

const AUTHOR_LIMIT = 3;

/** A short list below a paper: the catalogue's papers closest to it in wording. */
export function SimilarPapers({ papers }: { papers: readonly Pick<PaperDetail, 'slug' | 'title' | 'authors'>[] }) {
  if (papers.length === 0) return null;
  return (
    <section aria-labelledby="similar-papers" className="mx-auto max-w-3xl px-4 pb-10 sm:px-6">
      <h2 id="similar-papers" className="text-lg font-semibold text-neutral-900 dark:text-neutral-50">
        Similar papers
      </h2>
      <ul className="mt-3 flex flex-col gap-3">
        {papers.map((paper) => (
          <li key={paper.slug} className="rounded-lg border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900">
            <Link href={paperPath(paper.slug)} prefetch={false} className="font-medium text-neutral-900 hover:text-amber-800 hover:underline dark:text-neutral-100 dark:hover:text-amber-300">
              {toPlainText(paper.title)}
            </Link>
            {paper.authors.length > 0 && (
              <AuthorLine
                authors={paper.authors.slice(0, AUTHOR_LIMIT).map((author) => author.name)}
                total={paper.authors.length}
                className="mt-1 text-sm text-neutral-700 dark:text-neutral-300"
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
