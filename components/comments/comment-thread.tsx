import { listThread } from '@/lib/comments/queries';
import { paperPath } from '@/lib/papers/paper-ref';
import { CommentEnhancer } from './comment-enhancer';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { REPLY_LIST, THREAD_LIST } from './styles';

/**
 * The discussion under a paper, rendered into the paper's cached page: the same bytes for every
 * reader. Everything personal (which comments are mine, which I upvoted) is added after load by
 * one script (CommentEnhancer), from the reader's private /api/me answer.
 */
export async function CommentThread({ paperId, slug }: { paperId: number; slug: string }) {
  const thread = await listThread(paperId);
  const back = paperPath(slug);
  return (
    <section aria-labelledby="comments" data-comment-thread={paperId} className="mt-10 border-t border-neutral-200 pt-6 dark:border-neutral-800">
      <h2 id="comments" className="scroll-mt-6 text-lg font-semibold text-neutral-900 dark:text-neutral-100">
        Discussion (<span data-comment-count>{thread.count}</span>)
      </h2>
      {thread.comments.length === 0 && (
        <p data-comment-empty className="mt-2 text-neutral-600 dark:text-neutral-400">
          No comments yet.
        </p>
      )}
      <ol data-comment-list className={THREAD_LIST}>
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <CommentItem comment={comment} back={back} />
            {comment.replies.length > 0 && (
              <ol data-replies className={REPLY_LIST}>
                {comment.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentItem comment={reply} back={back} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <div className="mt-6">
        <CommentForm paperId={paperId} back={back} idPrefix="comment-new" label="Add a comment" />
      </div>
      <p data-comment-status role="status" className="sr-only" />
      <CommentEnhancer />
    </section>
  );
}
