import Link from 'next/link';
import { LINK, MUTED } from '@/components/accounts/account-styles';
import { When } from '@/components/accounts/when';
import { profilePath } from '@/lib/accounts/profile-path';
import { collectionFilePaths, collectionPath } from '@/lib/library/paths';
import type { CollectionDetail } from '@/lib/library/types';
import { LibraryPaperItem } from './library-paper-item';

const NOTE = 'mt-2 border-l-4 border-amber-300 pl-3 text-[0.9375rem] whitespace-pre-line text-neutral-800 dark:border-amber-700 dark:text-neutral-200';

/**
 * A public collection's page: the same bytes for every reader (nothing here is per reader; the
 * Save buttons are marked by script from /api/me), so it is cached and dropped on every change.
 */
export function CollectionView({ collection }: { collection: CollectionDetail }) {
  const files = collectionFilePaths(collection.id);
  const path = collectionPath(collection.id);
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-8 sm:px-6">
      <header className="space-y-2">
        <p className={MUTED}>
          A collection
          {collection.owner && (
            <>
              {' by '}
              <Link href={profilePath(collection.owner)} prefetch={false} className={LINK}>
                {collection.owner}
              </Link>
            </>
          )}{' '}
          · {collection.papers.length} {collection.papers.length === 1 ? 'paper' : 'papers'} · updated <When at={collection.updatedAt} day />
        </p>
        <h1 className="text-2xl font-bold text-balance text-neutral-950 sm:text-3xl dark:text-white">{collection.title}</h1>
        {collection.description && <p className="whitespace-pre-line text-neutral-800 dark:text-neutral-200">{collection.description}</p>}
        <ul aria-label="This collection elsewhere" className="flex flex-wrap gap-2 pt-1">
          <li>
            <a href={files.rss} className="cite-action">
              RSS
            </a>
          </li>
          <li>
            <a href={files.atom} className="cite-action">
              Atom
            </a>
          </li>
          <li>
            <a href={files.bib} download className="cite-action">
              BibTeX (.bib)
            </a>
          </li>
        </ul>
      </header>
      {collection.papers.length === 0 ? (
        <p className="text-neutral-700 dark:text-neutral-300">No papers in this collection yet.</p>
      ) : (
        <ol className="flex flex-col gap-4" aria-label="Papers">
          {collection.papers.map((paper) => (
            <li key={paper.id}>
              <LibraryPaperItem
                paper={paper}
                pagePath={path}
                saved={null}
                meta={
                  <>
                    Added <When at={paper.addedAt} day />
                  </>
                }
              >
                {paper.note && (
                  <p className={NOTE}>
                    <span className="sr-only">Note: </span>
                    {paper.note}
                  </p>
                )}
              </LibraryPaperItem>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
