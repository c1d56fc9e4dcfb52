import Link from 'next/link';
import type { CommentViewer, ThreadComment } from '@/lib/comments/types';
import { formatCommentTime } from '@/lib/comments/time';
import { CommentBody } from './comment-body';
import { ACTION_LINK, COMMENT_CARD } from './styles';

export const commentPagePath = (id: number) => `/comments/${id}`;

const PRESSED = 'aria-pressed:border-amber-500 aria-pressed:bg-amber-50 aria-pressed:text-amber-900 dark:aria-pressed:border-amber-400 dark:aria-pressed:bg-amber-950 dark:aria-pressed:text-amber-200';

/**
 * One comment, the same markup on the cached paper page and on /comments/<id>. On the paper
 * page it carries nothing personal: the upvote form says "up" for everyone, edit and delete are
 * hidden until the thread's script learns which comments are the reader's own (/api/me). On
 * /comments/<id>, rendered per request, `viewer` fills in the reader's actual vote.
 */
export function CommentItem({ comment, back, viewer = null }: { comment: ThreadComment; back: string; viewer?: CommentViewer | null }) {
  const { id } = comment;
  if (comment.state !== 'visible') {
    return (
      <article id={`comment-${id}`} data-comment-id={id} data-comment-state={comment.state} className={COMMENT_CARD}>
        <p className="text-sm text-neutral-600 italic dark:text-neutral-400">{comment.state === 'deleted' ? 'comment deleted' : 'comment hidden by a moderator'}</p>
      </article>
    );
  }
  const replyTo = comment.parentId ?? id;
  const upvoted = viewer?.upvoted ?? false;
  return (
    <article id={`comment-${id}`} data-comment-id={id} className={COMMENT_CARD}>
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        {comment.author ? (
          <Link href={`/u/${comment.author}`} prefetch={false} className="font-semibold text-neutral-900 hover:underline dark:text-neutral-100">
            {comment.author}
          </Link>
        ) : (
          <span className="font-semibold text-neutral-600 dark:text-neutral-400">deleted user</span>
        )}
        <a href={commentPagePath(id)} className="text-neutral-600 hover:underline dark:text-neutral-400">
          <time dateTime={comment.createdAt.toISOString()} data-relative title={formatCommentTime(comment.createdAt)}>
            {formatCommentTime(comment.createdAt)}
          </time>
        </a>
        {comment.editedAt && (
          <span className="text-neutral-600 dark:text-neutral-400" title={`Edited ${formatCommentTime(comment.editedAt)}`}>
            (edited)
          </span>
        )}
      </header>
      <div className="mt-1" data-comment-body>
        <CommentBody body={comment.body ?? ''} />
      </div>
      <footer data-comment-actions className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <form method="post" action={`/comments/${id}/vote`} data-comment-form="vote">
          <input type="hidden" name="back" value={`${back}#comment-${id}`} />
          <input type="hidden" name="up" value={upvoted ? '0' : '1'} />
          {/* One's own comment shows its count, but cannot be upvoted. */}
          <button
            type="submit"
            aria-pressed={upvoted}
            disabled={viewer?.own}
            className={`inline-flex items-center gap-1 rounded-full border border-neutral-300 px-2 py-0.5 font-medium text-neutral-700 enabled:hover:border-amber-500 disabled:opacity-70 dark:border-neutral-700 dark:text-neutral-300 ${PRESSED}`}
          >
            <span aria-hidden="true">▲</span>
            <span className="sr-only">Upvote comment, </span>
            <span data-upvotes>{comment.upvotes}</span>
          </button>
        </form>
        <a href={`${commentPagePath(replyTo)}#reply`} data-action="reply" data-reply-to={replyTo} data-author={comment.author ?? ''} className={ACTION_LINK}>
          Reply
        </a>
        <button type="button" data-action="edit" hidden className={ACTION_LINK}>
          Edit
        </button>
        <button type="button" data-action="delete" hidden className={ACTION_LINK}>
          Delete
        </button>
        {!viewer?.own && (
          <a href={`${commentPagePath(id)}#report`} data-action="report" className={ACTION_LINK}>
            Report
          </a>
        )}
      </footer>
    </article>
  );
}
