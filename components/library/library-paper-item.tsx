import Link from 'next/link';
import type { ReactNode } from 'react';
import { paperAnchor } from '@/components/community/upvote-button';
import { AuthorLine } from '@/components/papers/author-line';
import { CategoryChips } from '@/components/papers/category-chips';
import { RichText } from '@/components/papers/rich-text';
import { paperPath } from '@/lib/papers/paper-ref';
import type { LibraryPaper } from '@/lib/library/types';
import { SaveButton } from './save-button';

interface LibraryPaperItemProps {
  paper: LibraryPaper;
  /** Where the Save form comes back to. */
  pagePath: string;
  /** Known on private pages (the reader's own); null on shared pages (script fills it in). */
  saved: boolean | null;
  /** A line under the title: when it was saved or added. */
  meta?: ReactNode;
  /** The note, or the owner's forms, under the paper. */
  children?: ReactNode;
  actions?: ReactNode;
}

/** A paper in the Saved list or a collection: title, authors, categories, Save and the rest. */
export function LibraryPaperItem({ paper, pagePath, saved, meta, children, actions }: LibraryPaperItemProps) {
  const titleId = `library-${paper.id}-title`;
  return (
    <article id={paperAnchor(paper.id)} aria-labelledby={titleId} className="paper-card">
      <h2 id={titleId} className="paper-title">
        <Link href={paperPath(paper.slug)} prefetch={false} className="paper-link">
          <RichText text={paper.title} links={false} />
        </Link>
      </h2>
      {meta && <p className="paper-meta mt-1">{meta}</p>}
      {paper.authors.length > 0 && <AuthorLine authors={paper.authors} total={paper.authorCount} className="paper-meta mt-1" />}
      {children}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <SaveButton paperId={paper.id} pagePath={pagePath} titleId={titleId} saved={saved} />
        {actions}
        <CategoryChips codes={paper.categories} />
      </div>
    </article>
  );
}
