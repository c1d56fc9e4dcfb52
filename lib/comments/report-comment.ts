import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { hitCommentLimits } from './limits';
import { reportReasonText, type ReportReason } from './schema';

export type ReportResult =
  | { status: 'reported'; id: number; again: boolean }
  | { status: 'not-found' }
  | { status: 'own' }
  | { status: 'suspended' }
  | { status: 'rate-limited'; retryAfterSeconds: number };

/**
 * Reports a comment to the moderators: one report per reader and comment (CommentReport's
 * unique key). Reporting again while the report is open updates its reason, so a retry or a
 * second thought leaves one report; after a moderator resolved it, a new report reopens it.
 * Reports change nothing on the page.
 */
export async function reportComment(input: { userId: string; commentId: number; reason: ReportReason; details: string | null; clientIp: string }): Promise<ReportResult> {
  const comment = await db.comment.findUnique({ where: { id: input.commentId }, select: { userId: true, deletedAt: true, hiddenAt: true } });
  if (!comment || comment.deletedAt || comment.hiddenAt) return { status: 'not-found' };
  if (comment.userId === input.userId) return { status: 'own' };
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { suspendedAt: true } });
  if (!user || user.suspendedAt) return { status: 'suspended' };
  const reason = reportReasonText(input.reason, input.details);
  const key = { commentId_userId: { commentId: input.commentId, userId: input.userId } };
  const existing = await db.commentReport.findUnique({ where: key, select: { reason: true, resolvedAt: true } });
  if (existing && existing.resolvedAt === null && existing.reason === reason) return { status: 'reported', id: input.commentId, again: true };
  const limit = await hitCommentLimits('report', input.userId, input.clientIp);
  if (!limit.allowed) return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const reopen = { reason, createdAt: new Date(), resolvedAt: null, resolvedById: null };
  try {
    await db.commentReport.upsert({ where: key, create: { commentId: input.commentId, userId: input.userId, reason }, update: reopen });
  } catch (error) {
    // Two first reports at once: the other one was created a moment earlier; make it this one.
    if (!isUniqueViolation(error)) throw error;
    await db.commentReport.update({ where: key, data: reopen });
  }
  return { status: 'reported', id: input.commentId, again: existing !== null };
}
