import { db, type Db } from '@/lib/db';
import type { Actor } from './actor';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0] | Db;

export const MODERATION_ACTIONS = [
  'grant-moderator',
  'revoke-moderator',
  'hide-comment',
  'unhide-comment',
  'dismiss-report',
  'hide-submission',
  'unhide-submission',
  'suspend',
  'unsuspend',
] as const;
export type ModerationActionKind = (typeof MODERATION_ACTIONS)[number];

/** What an action was done to: a comment (its id), a submission (the paper's slug), an account (its username, or address). */
export type ModerationTarget = { type: 'comment'; id: string } | { type: 'submission'; id: string } | { type: 'user'; id: string };

/** The longest reason kept (a sentence or two; the form says so). */
export const REASON_MAX_LENGTH = 500;

/**
 * One line of the log, written in the same transaction as the change it records, so there is
 * never a change without its line or a line without its change. Who and what are copied as
 * text: the line outlives the moderator's account, the comment and the account acted on.
 */
export async function recordAction(tx: Tx, actor: Actor, action: ModerationActionKind, target: ModerationTarget, reason?: string | null): Promise<void> {
  const text = reason?.trim().slice(0, REASON_MAX_LENGTH);
  await tx.moderationAction.create({
    data: { actorId: actor.id, actorName: actor.name, action, targetType: target.type, targetId: target.id, reason: text ? text : null },
  });
}

export interface ModerationLogEntry {
  id: number;
  at: Date;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  /** For a comment still in the database: where it is shown (its paper's page). */
  commentPaperSlug: string | null;
}

export const LOG_PAGE_SIZE = 50;

/** One page of the log, newest first (page 1 is the newest). */
export async function listModerationLog(page: number): Promise<{ entries: ModerationLogEntry[]; hasMore: boolean }> {
  const rows = await db.moderationAction.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (Math.max(1, page) - 1) * LOG_PAGE_SIZE,
    take: LOG_PAGE_SIZE + 1,
  });
  const shown = rows.slice(0, LOG_PAGE_SIZE);
  const commentIds = shown.filter((row) => row.targetType === 'comment').map((row) => Number(row.targetId)).filter(Number.isSafeInteger);
  const comments = commentIds.length
    ? await db.comment.findMany({ where: { id: { in: commentIds } }, select: { id: true, paper: { select: { slug: true } } } })
    : [];
  const slugOf = new Map(comments.map((comment) => [String(comment.id), comment.paper.slug]));
  return {
    entries: shown.map((row) => ({
      id: row.id,
      at: row.createdAt,
      actorName: row.actorName,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      reason: row.reason,
      commentPaperSlug: row.targetType === 'comment' ? (slugOf.get(row.targetId) ?? null) : null,
    })),
    hasMore: rows.length > LOG_PAGE_SIZE,
  };
}
