import { recountPaper } from '@/lib/community/counts';
import { paperChanged } from '@/lib/community/page-changes';
import { db } from '@/lib/db';
import { hitCommentLimits } from './limits';
import { findOwnComment, type OwnCommentRefusal } from './own-comment';
import { checkWriter, lockPaperRow, LOCK_WAIT, type WriterRefusal } from './writer';

export type DeleteResult =
  | {
      status: 'deleted';
      id: number;
      paperId: number;
      changed: boolean;
      /** Whether it stays as a "comment deleted" placeholder (it has visible replies). */
      placeholder: boolean;
      numComments: number;
    }
  | OwnCommentRefusal
  | Exclude<WriterRefusal, { status: 'no-username' }>
  | { status: 'rate-limited'; retryAfterSeconds: number };

/**
 * Deletes the reader's own comment: the row stays (its replies hang under it) with deletedAt
 * set and the text emptied, so nothing of it is kept. Deleting it again changes nothing.
 */
export async function deleteComment(input: { userId: string; commentId: number; clientIp: string; now?: Date }): Promise<DeleteResult> {
  const found = await findOwnComment(input.commentId, input.userId);
  if (found.status !== 'found') return found;
  const { comment } = found;
  const answer = async (changed: boolean, numComments?: number): Promise<DeleteResult> => {
    const [replies, paper] = await Promise.all([
      db.comment.count({ where: { parentId: comment.id, deletedAt: null, hiddenAt: null } }),
      numComments === undefined ? db.paper.findUnique({ where: { id: comment.paperId }, select: { numComments: true } }) : null,
    ]);
    return { status: 'deleted', id: comment.id, paperId: comment.paperId, changed, placeholder: replies > 0, numComments: numComments ?? paper?.numComments ?? 0 };
  };
  if (comment.deletedAt) return answer(false);
  const limit = await hitCommentLimits('change', input.userId, input.clientIp);
  if (!limit.allowed) return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const result = await db.$transaction(async (tx) => {
    const refusal = await checkWriter(tx, input.userId);
    if (refusal?.status === 'suspended') return refusal;
    await lockPaperRow(tx, comment.paperId);
    const { count } = await tx.comment.updateMany({ where: { id: comment.id, userId: input.userId, deletedAt: null }, data: { deletedAt: input.now ?? new Date(), body: '' } });
    return { status: 'done' as const, changed: count === 1, numComments: (await recountPaper(tx, comment.paperId)).numComments };
  }, LOCK_WAIT);
  if (result.status === 'suspended') return result;
  if (result.changed) await paperChanged(comment.paperId);
  return answer(result.changed, result.numComments);
}
