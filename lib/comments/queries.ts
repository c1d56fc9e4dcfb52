import { db } from '@/lib/db';
import { paperPath } from '@/lib/papers/paper-ref';
import { shapeThread, toThreadComment, type CommentRow } from './thread-shape';
import type { CommentView, CommentViewer, Thread } from './types';

const ROW_SELECT = {
  id: true,
  parentId: true,
  body: true,
  upvotes: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  user: { select: { username: true } },
} as const;

/** A paper's thread, as its (cached) page shows it to everyone. */
export async function listThread(paperId: number): Promise<Thread> {
  const rows: CommentRow[] = await db.comment.findMany({ where: { paperId }, select: ROW_SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return { paperId, ...shapeThread(rows) };
}

/**
 * One comment with its context, for /comments/<id>: null when there is no such comment, or it
 * is not shown to readers (hidden, or deleted with no visible replies).
 */
export async function getCommentView(commentId: number): Promise<CommentView | null> {
  const row = await db.comment.findUnique({
    where: { id: commentId },
    select: { ...ROW_SELECT, paper: { select: { id: true, slug: true, title: true } } },
  });
  if (!row) return null;
  const family = await db.comment.findMany({
    where: row.parentId === null ? { OR: [{ id: row.id }, { parentId: row.id }] } : { id: row.parentId },
    select: ROW_SELECT,
  });
  if (row.parentId === null) {
    const [comment] = shapeThread(family).comments;
    return comment ? { comment, parent: null, paper: row.paper } : null;
  }
  const comment = toThreadComment(row);
  const parentRow = family[0];
  if (comment.state !== 'visible' || !parentRow) return null;
  return { comment, parent: toThreadComment(parentRow), paper: row.paper };
}

/** The signed-in reader's relation to one comment (its own page only; never cached). */
export async function getCommentViewer(commentId: number, userId: string): Promise<CommentViewer> {
  const [comment, vote, report] = await Promise.all([
    db.comment.findUnique({ where: { id: commentId }, select: { userId: true } }),
    db.commentVote.findUnique({ where: { userId_commentId: { userId, commentId } }, select: { commentId: true } }),
    db.commentReport.findUnique({ where: { commentId_userId: { commentId, userId } }, select: { resolvedAt: true } }),
  ]);
  return { own: comment?.userId === userId, upvoted: vote !== null, reported: report !== null && report.resolvedAt === null };
}

/** The paper a comment is about, for answers that link back to it. */
export async function paperOfComment(commentId: number): Promise<{ id: number; slug: string } | null> {
  const row = await db.comment.findUnique({ where: { id: commentId }, select: { paper: { select: { id: true, slug: true } } } });
  return row?.paper ?? null;
}

/** The paper page at a comment: /papers/<slug>#comment-<id> ("/" if it is gone). */
export async function commentAnchorPath(commentId: number): Promise<string> {
  const paper = await paperOfComment(commentId);
  return paper ? `${paperPath(paper.slug)}#comment-${commentId}` : '/';
}
