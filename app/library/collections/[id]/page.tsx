import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { LINK, MUTED, SECTION, SECTION_TITLE } from '@/components/accounts/account-styles';
import { When } from '@/components/accounts/when';
import { CollectionEntryForms } from '@/components/library/collection-entry-forms';
import { CollectionFields } from '@/components/library/collection-fields';
import { LibraryFrame } from '@/components/library/library-frame';
import { LibraryPaperItem } from '@/components/library/library-paper-item';
import { Button } from '@/components/ui/button';
import { firstParam } from '@/lib/http/search-param';
import { toPlainText } from '@/lib/math/rich-text';
import { getOwnCollection } from '@/lib/library/collection-queries';
import { collectionFilePaths, collectionPath, manageCollectionPath } from '@/lib/library/paths';
import { readerOrSignIn } from '@/lib/library/require-reader';
import { savedAmong } from '@/lib/library/saved';
import { collectionIdField } from '@/lib/library/schema';

export const metadata: Metadata = { title: 'Edit collection', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /library/collections/<id>: the owner's page of one collection. Anyone else: 404. */
export default async function ManageCollectionPage({ params, searchParams }: Props) {
  const id = collectionIdField.safeParse((await params).id);
  if (!id.success) notFound();
  const query = await searchParams;
  const here = manageCollectionPath(id.data);
  const found = await readerOrSignIn(await headers(), here);
  if ('redirectTo' in found) redirect(found.redirectTo);
  const collection = await getOwnCollection(found.reader.id, id.data);
  if (!collection) notFound();
  const saved = new Set(await savedAmong(found.reader.id, collection.papers.map((paper) => paper.id)));
  const files = collectionFilePaths(collection.id);
  return (
    <LibraryFrame
      title={collection.title}
      current={null}
      error={firstParam(query.error)}
      notice={firstParam(query.notice)}
      intro={
        <p className={MUTED}>
          {collection.visibility === 'public' ? (
            <>
              Public:{' '}
              <Link href={collectionPath(collection.id)} prefetch={false} className={LINK}>
                its page
              </Link>
              ,{' '}
              <a href={files.rss} className={LINK}>
                RSS
              </a>
              ,{' '}
              <a href={files.atom} className={LINK}>
                Atom
              </a>
              ,{' '}
              <a href={files.bib} className={LINK}>
                BibTeX
              </a>
              .
            </>
          ) : (
            'Private: only you see it.'
          )}{' '}
          {collection.papers.length} {collection.papers.length === 1 ? 'paper' : 'papers'}.
        </p>
      }
    >
      {collection.papers.length === 0 ? (
        <p className="text-neutral-700 dark:text-neutral-300">No papers yet: open a paper and choose “Add to collection”, or add one from your Saved papers.</p>
      ) : (
        <ol className="flex flex-col gap-4" aria-label="Papers in this collection">
          {collection.papers.map((paper) => (
            <li key={paper.id}>
              <LibraryPaperItem
                paper={paper}
                pagePath={here}
                saved={saved.has(paper.id)}
                meta={
                  <>
                    Added <When at={paper.addedAt} day />
                  </>
                }
              >
                <CollectionEntryForms collectionId={collection.id} paperId={paper.id} note={paper.note} back={`${here}#paper-${paper.id}`} titleText={toPlainText(paper.title)} />
              </LibraryPaperItem>
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="edit-collection-heading" className={SECTION}>
        <h2 id="edit-collection-heading" className={SECTION_TITLE}>
          Title, description, visibility
        </h2>
        <form method="post" action={`${here}/edit`} className="mt-3 space-y-3">
          <CollectionFields idPrefix="edit-collection" values={collection} />
          <Button type="submit">Save changes</Button>
        </form>
      </section>
      <section aria-labelledby="delete-collection-heading" className={SECTION}>
        <h2 id="delete-collection-heading" className={SECTION_TITLE}>
          Delete this collection
        </h2>
        <form method="post" action={`${here}/delete`} className="mt-3 space-y-2">
          <p className={MUTED}>The collection and your notes go; the papers stay on the site and in your Saved list.</p>
          <Button type="submit" className="bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-neutral-950 dark:hover:bg-red-300">
            Delete collection
          </Button>
        </form>
      </section>
    </LibraryFrame>
  );
}
