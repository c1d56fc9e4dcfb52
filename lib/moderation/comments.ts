import { db } from '@/lib/db';
import { recountPaper } from '@/lib/community/counts';
import { paperChanged } from '@/lib/community/page-changes';
import type { Actor } from './actor';
import { recordAction, type Tx } from './log';
import { done, notFound, unchanged, type ModerationOutcome } from './outcome';

/** Marks a comment's open reports handled by this moderator; how many there were. */
async function resolveReports(tx: Tx, actor: Actor, commentId: number, now: Date): Promise<number> {
  const { count } = await tx.commentReport.updateMany({
    where: { commentId, resolvedAt: null },
    data: { resolvedAt: now, resolvedById: actor.id },
  });
  return count;
}

/**
 * Hides a comment from everyone (its row, replies and votes stay; unhiding brings it back as
 * it was) and resolves its open reports. The paper's comment count is recounted in the same
 * transaction, and its pages are dropped from the caches afterwards.
 */
export async function hideComment(actor: Actor, commentId: number, reason?: string | null): Promise<ModerationOutcome> {
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { paperId: true } });
    if (!comment) return null;
    // Conditional: of two moderators pressing at once, one hides and logs, the other sees "already".
    const { count } = await tx.comment.updateMany({ where: { id: commentId, hiddenAt: null }, data: { hiddenAt: now } });
    const reports = await resolveReports(tx, actor, commentId, now);
    if (count === 0) return { paperId: comment.paperId, changed: false, reports };
    await recountPaper(tx, comment.paperId);
    await recordAction(tx, actor, 'hide-comment', { type: 'comment', id: String(commentId) }, reason);
    return { paperId: comment.paperId, changed: true, reports };
  });
  if (!result) return notFound(`There is no comment ${commentId}.`);
  if (!result.changed) return unchanged(`Comment ${commentId} was already hidden.`);
  await paperChanged(result.paperId);
  return done(`Comment ${commentId} is hidden${result.reports ? ` and its ${result.reports === 1 ? 'report is' : `${result.reports} reports are`} resolved` : ''}.`);
}

/** Shows a hidden comment again (its reports stay resolved). */
export async function unhideComment(actor: Actor, commentId: number, reason?: string | null): Promise<ModerationOutcome> {
  const result = await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { paperId: true } });
    if (!comment) return null;
    const { count } = await tx.comment.updateMany({ where: { id: commentId, hiddenAt: { not: null } }, data: { hiddenAt: null } });
    if (count === 0) return { paperId: comment.paperId, changed: false };
    await recountPaper(tx, comment.paperId);
    await recordAction(tx, actor, 'unhide-comment', { type: 'comment', id: String(commentId) }, reason);
    return { paperId: comment.paperId, changed: true };
  });
  if (!result) return notFound(`There is no comment ${commentId}.`);
  if (!result.changed) return unchanged(`Comment ${commentId} is not hidden.`);
  await paperChanged(result.paperId);
  return done(`Comment ${commentId} is shown again.`);
}

/** Closes a comment's open reports without hiding it: the moderator found nothing wrong. */
export async function dismissReports(actor: Actor, commentId: number, reason?: string | null): Promise<ModerationOutcome> {
  const result = await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { id: true } });
    if (!comment) return null;
    const reports = await resolveReports(tx, actor, commentId, new Date());
    if (reports > 0) await recordAction(tx, actor, 'dismiss-report', { type: 'comment', id: String(commentId) }, reason);
    return reports;
  });
  if (result === null) return notFound(`There is no comment ${commentId}.`);
  if (result === 0) return unchanged(`Comment ${commentId} has no open reports.`);
  return done(`${result === 1 ? 'The report' : `${result} reports`} on comment ${commentId} ${result === 1 ? 'is' : 'are'} dismissed.`);
}
