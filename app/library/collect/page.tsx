import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { MUTED } from '@/components/accounts/account-styles';
import { LibraryFrame } from '@/components/library/library-frame';
import { NewCollectionForm } from '@/components/library/new-collection-form';
import { RichText } from '@/components/papers/rich-text';
import { Button } from '@/components/ui/button';
import { firstParam } from '@/lib/http/search-param';
import { listCollectionsForPaper } from '@/lib/library/collection-queries';
import { collectPath, manageCollectionPath } from '@/lib/library/paths';
import { readerOrSignIn } from '@/lib/library/require-reader';
import { paperIdField } from '@/lib/library/schema';
import { paperPath } from '@/lib/papers/paper-ref';
import { db } from '@/lib/db';

export const metadata: Metadata = { title: 'Add to collection', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /library/collect?paper=<id>: "Add to collection" for one paper, from its (cached, shared)
 * page: the reader's collections, each with Add or Remove, and a new collection with it.
 */
export default async function CollectPage({ searchParams }: Props) {
  const params = await searchParams;
  const paperId = paperIdField.safeParse(firstParam(params.paper));
  if (!paperId.success) notFound();
  const here = collectPath(paperId.data);
  const found = await readerOrSignIn(await headers(), here);
  if ('redirectTo' in found) redirect(found.redirectTo);
  const paper = await db.paper.findUnique({ where: { id: paperId.data }, select: { id: true, slug: true, title: true } });
  if (!paper) notFound();
  const collections = await listCollectionsForPaper(found.reader.id, paper.id);
  return (
    <LibraryFrame
      title="Add to collection"
      current={null}
      error={firstParam(params.error)}
      notice={firstParam(params.notice)}
      intro={
        <p className="text-neutral-800 dark:text-neutral-200">
          <Link href={paperPath(paper.slug)} prefetch={false} className="font-semibold underline underline-offset-2">
            <RichText text={paper.title} links={false} />
          </Link>
        </p>
      }
    >
      {collections.length === 0 ? (
        <p className={MUTED}>You have no collections yet: make the first one below.</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Your collections">
          {collections.map((collection) => (
            <li key={collection.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-neutral-200 bg-white px-4 py-3 dark:border-neutral-800 dark:bg-neutral-900">
              <div>
                <Link href={manageCollectionPath(collection.id)} prefetch={false} className="font-medium text-neutral-900 underline-offset-2 hover:underline dark:text-neutral-100">
                  {collection.title}
                </Link>
                <p className={MUTED}>
                  {collection.visibility === 'public' ? 'Public' : 'Private'} · {collection.paperCount} {collection.paperCount === 1 ? 'paper' : 'papers'}
                  {collection.hasPaper && ' · has this paper'}
                </p>
              </div>
              <form method="post" action={`/library/collections/${collection.id}/papers`}>
                <input type="hidden" name="paper" value={paper.id} />
                <input type="hidden" name="action" value={collection.hasPaper ? 'remove' : 'add'} />
                <input type="hidden" name="back" value={here} />
                <Button type="submit" variant={collection.hasPaper ? 'secondary' : 'primary'}>
                  {collection.hasPaper ? 'Remove' : 'Add'}
                  <span className="sr-only">
                    {collection.hasPaper ? ' from ' : ' to '}
                    {collection.title}
                  </span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <NewCollectionForm paperId={paper.id} back={here} />
    </LibraryFrame>
  );
}
