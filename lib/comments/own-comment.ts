import { db } from '@/lib/db';

export type OwnCommentRefusal = { status: 'not-found' } | { status: 'not-yours' } | { status: 'hidden' };

/** The reader's own comment, as edits and deletions need it, or why they cannot touch it. */
export async function findOwnComment(commentId: number, userId: string) {
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: { id: true, paperId: true, userId: true, body: true, deletedAt: true, hiddenAt: true } });
  if (!comment) return { status: 'not-found' } as const;
  if (comment.userId !== userId) return { status: 'not-yours' } as const;
  return { status: 'found', comment } as const;
}
