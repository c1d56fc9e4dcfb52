import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LINK, MUTED } from '@/components/accounts/account-styles';
import { When } from '@/components/accounts/when';
import { LibraryFrame } from '@/components/library/library-frame';
import { LibraryPaperItem } from '@/components/library/library-paper-item';
import { Pager } from '@/components/moderation/pager';
import { firstParam } from '@/lib/http/search-param';
import { toPlainText } from '@/lib/math/rich-text';
import { collectPath, SAVED_PATH } from '@/lib/library/paths';
import { readerOrSignIn } from '@/lib/library/require-reader';
import { listSaved } from '@/lib/library/saved';
import { pageNumber } from '@/lib/library/schema';

// Per reader, per request: never cached (Next sends `private, no-store` for dynamic pages).
export const metadata: Metadata = { title: 'Saved papers', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /saved: the reader's saved papers, newest first, 25 a page. */
export default async function SavedPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = pageNumber(firstParam(params.page));
  const here = page > 1 ? `${SAVED_PATH}?page=${page}` : SAVED_PATH;
  const found = await readerOrSignIn(await headers(), here);
  if ('redirectTo' in found) redirect(found.redirectTo);
  const saved = await listSaved(found.reader.id, page);
  const pagePath = saved.page > 1 ? `${SAVED_PATH}?page=${saved.page}` : SAVED_PATH;
  return (
    <LibraryFrame
      title="Saved papers"
      current="saved"
      error={firstParam(params.error)}
      notice={firstParam(params.notice)}
      intro={<p className={MUTED}>{saved.total === 0 ? 'Only you see this list.' : `${saved.total} ${saved.total === 1 ? 'paper' : 'papers'}, newest first. Only you see this list.`}</p>}
    >
      {saved.total === 0 ? (
        <p className="text-neutral-700 dark:text-neutral-300">
          Nothing saved yet. Press <strong>☆ Save</strong> on any paper, in a day’s list, a search or on its page, to keep it here.{' '}
          <Link href="/" className={LINK}>
            Today’s papers
          </Link>
        </p>
      ) : (
        <ol className="flex flex-col gap-4" aria-label="Saved papers">
          {saved.items.map((paper) => (
            <li key={paper.id}>
              <LibraryPaperItem
                paper={paper}
                pagePath={pagePath}
                saved
                meta={
                  <>
                    Saved <When at={paper.savedAt} day />
                  </>
                }
                actions={
                  <Link href={collectPath(paper.id)} prefetch={false} className="vote-comments">
                    Add to collection<span className="sr-only">: {toPlainText(paper.title)}</span>
                  </Link>
                }
              />
            </li>
          ))}
        </ol>
      )}
      <Pager path={SAVED_PATH} page={saved.page} hasMore={saved.page < saved.pageCount} label="Saved pages" />
    </LibraryFrame>
  );
}
