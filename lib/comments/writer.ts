import type { Db } from '@/lib/db';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Why a signed-in account may not write (checked inside the write's transaction). */
export type WriterRefusal = { status: 'suspended' } | { status: 'no-username' };

/**
 * Whether this account may write comments now. The route has already refused signed-out and
 * suspended readers (getReader); this catches a suspension that lands while the request runs.
 */
export async function checkWriter(tx: Tx, userId: string): Promise<WriterRefusal | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true, suspendedAt: true } });
  if (!user || user.suspendedAt) return { status: 'suspended' };
  return user.username ? null : { status: 'no-username' };
}

/**
 * Takes the paper's row lock for the rest of the transaction (an UPDATE that changes nothing),
 * so comment writes on one paper run one after another: the duplicate check and the recount
 * then see every earlier write (PostgreSQL's READ COMMITTED; SQLite has one writer anyway).
 * The same lock as paper votes take (c12-votes' lockPaper in lib/community/counts.ts).
 */
export async function lockPaperRow(tx: Tx, paperId: number): Promise<boolean> {
  const { count } = await tx.paper.updateMany({ where: { id: paperId }, data: { upvotes: { increment: 0 } } });
  return count === 1;
}

/** The same for one comment's row (its upvote count). False: no such comment to vote on. */
export async function lockVisibleComment(tx: Tx, commentId: number): Promise<boolean> {
  const { count } = await tx.comment.updateMany({ where: { id: commentId, deletedAt: null, hiddenAt: null }, data: { upvotes: { increment: 0 } } });
  return count === 1;
}

/** Transactions that wait for a paper's lock: each holder keeps it for a few milliseconds. */
export const LOCK_WAIT = { maxWait: 10_000, timeout: 10_000 } as const;
