import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FormMessage } from '@/components/accounts/form-message';
import { CommentControls } from '@/components/comments/comment-controls';
import { CommentItem } from '@/components/comments/comment-item';
import { REPLY_LIST } from '@/components/comments/styles';
import { RichText } from '@/components/papers/rich-text';
import { getReader } from '@/lib/accounts/reader';
import { getCommentView, getCommentViewer } from '@/lib/comments/queries';
import { commentIdSchema } from '@/lib/comments/schema';
import { firstParam } from '@/lib/http/search-param';
import { toPlainText } from '@/lib/math/rich-text';
import { paperPath } from '@/lib/papers/paper-ref';

// Per reader (their own controls): rendered per request, never stored by a shared cache.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props['params']) {
  const id = commentIdSchema.safeParse((await params).id);
  return id.success ? getCommentView(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await load(params);
  if (!view) return { title: 'Comment not found', robots: { index: false } };
  const by = view.comment.author ? `${view.comment.author} on` : 'Comment on';
  return { title: `${by} ${toPlainText(view.paper.title)}`, robots: { index: false }, alternates: { canonical: `${paperPath(view.paper.slug)}#comment-${view.comment.id}` } };
}

/** /comments/<id>: one comment with its context, and what this reader can do with it. */
export default async function CommentPage({ params, searchParams }: Props) {
  const view = await load(params);
  if (!view) notFound();
  const query = await searchParams;
  const reader = await getReader(await headers());
  const viewer = reader ? await getCommentViewer(view.comment.id, reader.id) : null;
  const page = `/comments/${view.comment.id}`;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <p className="text-sm">
        <Link href={`${paperPath(view.paper.slug)}#comment-${view.comment.id}`} prefetch={false} className="font-medium text-amber-800 hover:underline dark:text-amber-300">
          <span aria-hidden="true">← </span>
          Back to the discussion
        </Link>
      </p>
      <h1 className="mt-3 text-xl leading-tight font-bold text-balance text-neutral-950 sm:text-2xl dark:text-white">
        {view.parent ? 'Reply' : 'Comment'} on <RichText text={view.paper.title} links={false} />
      </h1>
      <div className="mt-4">
        <FormMessage error={firstParam(query.error, 300)} notice={firstParam(query.notice, 300)} />
      </div>
      {view.parent && (
        <section aria-label="In reply to" className="mt-6 rounded-lg bg-neutral-50 p-4 dark:bg-neutral-900">
          <CommentItem comment={view.parent} back={page} />
        </section>
      )}
      <div data-comment-focus className={view.parent ? `mt-4 ${REPLY_LIST}` : 'mt-6'}>
        <CommentItem comment={view.comment} back={page} viewer={viewer} />
      </div>
      {view.comment.replies.length > 0 && (
        <ol aria-label="Replies" className={REPLY_LIST}>
          {view.comment.replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem comment={reply} back={page} />
            </li>
          ))}
        </ol>
      )}
      <CommentControls view={view} reader={reader} viewer={viewer} />
    </main>
  );
}
