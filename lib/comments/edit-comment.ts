import { db } from '@/lib/db';
import { hitCommentLimits } from './limits';
import { findOwnComment, type OwnCommentRefusal } from './own-comment';
import { threadChanged } from './page-of-comment';
import { checkWriter, type WriterRefusal } from './writer';

export type EditResult =
  | { status: 'edited'; id: number; paperId: number; changed: boolean }
  | OwnCommentRefusal
  | { status: 'deleted' }
  | WriterRefusal
  | { status: 'rate-limited'; retryAfterSeconds: number };

/**
 * Replaces the text of the reader's own comment and marks it edited. The same text again
 * changes nothing (a retry), so "edited" means the words changed. A deleted comment cannot be
 * edited back to life, nor one a moderator hid.
 */
export async function editComment(input: { userId: string; commentId: number; body: string; clientIp: string; now?: Date }): Promise<EditResult> {
  const found = await findOwnComment(input.commentId, input.userId);
  if (found.status !== 'found') return found;
  const { comment } = found;
  if (comment.deletedAt) return { status: 'deleted' };
  if (comment.hiddenAt) return { status: 'hidden' };
  if (comment.body === input.body) return { status: 'edited', id: comment.id, paperId: comment.paperId, changed: false };
  const limit = await hitCommentLimits('change', input.userId, input.clientIp);
  if (!limit.allowed) return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const result = await db.$transaction(async (tx): Promise<EditResult> => {
    const refusal = await checkWriter(tx, input.userId);
    if (refusal) return refusal;
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, userId: input.userId, deletedAt: null, hiddenAt: null },
      data: { body: input.body, editedAt: input.now ?? new Date() },
    });
    return count === 1 ? { status: 'edited', id: comment.id, paperId: comment.paperId, changed: true } : { status: 'deleted' };
  });
  if (result.status === 'edited') await threadChanged(comment.paperId);
  return result;
}
