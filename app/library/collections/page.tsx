import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LINK, MUTED } from '@/components/accounts/account-styles';
import { When } from '@/components/accounts/when';
import { LibraryFrame } from '@/components/library/library-frame';
import { NewCollectionForm } from '@/components/library/new-collection-form';
import { firstParam } from '@/lib/http/search-param';
import { listOwnCollections } from '@/lib/library/collection-queries';
import { COLLECTIONS_PATH, collectionPath, manageCollectionPath } from '@/lib/library/paths';
import { readerOrSignIn } from '@/lib/library/require-reader';

export const metadata: Metadata = { title: 'Your collections', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /library/collections: the reader's collections, most recently changed first, and "New collection". */
export default async function CollectionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const found = await readerOrSignIn(await headers(), COLLECTIONS_PATH);
  if ('redirectTo' in found) redirect(found.redirectTo);
  const collections = await listOwnCollections(found.reader.id);
  return (
    <LibraryFrame title="Your collections" current="collections" error={firstParam(params.error)} notice={firstParam(params.notice)}>
      {collections.length === 0 ? (
        <p className="text-neutral-700 dark:text-neutral-300">No collections yet. Make one below, or from “Add to collection” on any paper’s page.</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Your collections">
          {collections.map((collection) => (
            <li key={collection.id} className="paper-card">
              <h2 className="paper-title">
                <Link href={manageCollectionPath(collection.id)} prefetch={false} className="paper-link">
                  {collection.title}
                </Link>
              </h2>
              <p className={`${MUTED} mt-1`}>
                {collection.visibility === 'public' ? 'Public' : 'Private'} · {collection.paperCount} {collection.paperCount === 1 ? 'paper' : 'papers'} · changed <When at={collection.updatedAt} day />
                {collection.visibility === 'public' && (
                  <>
                    {' · '}
                    <Link href={collectionPath(collection.id)} prefetch={false} className={LINK}>
                      public page<span className="sr-only"> of {collection.title}</span>
                    </Link>
                  </>
                )}
              </p>
              {collection.description && <p className="mt-2 line-clamp-2 text-sm text-neutral-700 dark:text-neutral-300">{collection.description}</p>}
            </li>
          ))}
        </ul>
      )}
      <NewCollectionForm />
    </LibraryFrame>
  );
}
