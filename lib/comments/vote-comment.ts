import { db } from '@/lib/db';
import { hitCommentLimits } from './limits';
import { threadChanged } from './page-of-comment';
import { lockVisibleComment, LOCK_WAIT } from './writer';

export type CommentVoteResult =
  | { status: 'done'; id: number; upvoted: boolean; upvotes: number; changed: boolean }
  | { status: 'not-found' }
  | { status: 'own' }
  | { status: 'suspended' }
  | { status: 'rate-limited'; retryAfterSeconds: number };

/**
 * Sets the reader's upvote on a comment to `up` (the desired state, so a retry changes nothing);
 * Comment.upvotes is recounted from the votes under the comment's row lock, exact however many
 * arrive at once. Readers do not upvote their own comments.
 */
export async function setCommentVote(input: { userId: string; commentId: number; up: boolean; clientIp: string }): Promise<CommentVoteResult> {
  const comment = await db.comment.findUnique({ where: { id: input.commentId }, select: { userId: true, paperId: true, deletedAt: true, hiddenAt: true } });
  if (!comment || comment.deletedAt || comment.hiddenAt) return { status: 'not-found' };
  if (comment.userId === input.userId) return { status: 'own' };
  const limit = await hitCommentLimits('vote', input.userId, input.clientIp);
  if (!limit.allowed) return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const result = await db.$transaction(async (tx): Promise<CommentVoteResult> => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { suspendedAt: true } });
    if (!user || user.suspendedAt) return { status: 'suspended' };
    if (!(await lockVisibleComment(tx, input.commentId))) return { status: 'not-found' };
    const key = { userId_commentId: { userId: input.userId, commentId: input.commentId } };
    const existing = await tx.commentVote.findUnique({ where: key, select: { commentId: true } });
    let changed = false;
    if (input.up && !existing) {
      await tx.commentVote.create({ data: { userId: input.userId, commentId: input.commentId } });
      changed = true;
    } else if (!input.up && existing) {
      await tx.commentVote.delete({ where: key });
      changed = true;
    }
    const upvotes = await tx.commentVote.count({ where: { commentId: input.commentId } });
    if (changed) await tx.comment.update({ where: { id: input.commentId }, data: { upvotes } });
    return { status: 'done', id: input.commentId, upvoted: input.up, upvotes, changed };
  }, LOCK_WAIT);
  if (result.status === 'done' && result.changed) await threadChanged(comment.paperId);
  return result;
}
