import { z } from 'zod';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { lockPaper, recountPaper } from './counts';

/**
 * Upvotes on papers (issue 12, item 2). A vote is the reader's desired state ("up" or not), so
 * a retried or doubled request leaves the same result as one; PaperVote's primary key (user,
 * paper) is the one-vote-per-account rule. The paper's row is locked for the write and its
 * counts are recounted from the rows in the same transaction (lib/community/counts.ts), so
 * `upvotes` equals the number of votes however many arrive at once, on either database.
 */

/** The vote form: `paper` (its id) and `up` (1 to upvote, 0 to withdraw). */
export const voteFormSchema = z.object({
  paper: z.string().regex(/^\d{1,10}$/, { error: 'No such paper.' }).transform(Number).pipe(z.number().int().positive().max(2_147_483_647, { error: 'No such paper.' })),
  up: z.enum(['0', '1'], { error: 'Say whether to upvote (up=1) or not (up=0).' }).transform((value) => value === '1'),
});

export type VoteResult =
  | { status: 'done'; upvoted: boolean; upvotes: number; changed: boolean }
  | { status: 'no-paper' }
  | { status: 'suspended' };

/** Per account per minute: VOTE_RATE_LIMIT; per client address, several people behind one NAT. */
const ADDRESS_FACTOR = 5;
const WINDOW_MS = 60_000;

/** Counts the vote against the account's and the address's limits. */
export async function hitVoteLimits(userId: string, clientIp: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const limit = getEnv().VOTE_RATE_LIMIT;
  for (const [key, max] of [[`vote:user:${userId}`, limit], [`vote:ip:${clientIp}`, limit * ADDRESS_FACTOR]] as const) {
    const hit = await hitRateLimit(key, max, WINDOW_MS);
    if (!hit.allowed) return { allowed: false, retryAfterSeconds: hit.retryAfterSeconds };
  }
  return { allowed: true };
}

/** Sets the reader's vote on a paper to `up`; the paper's counts follow in the same transaction. */
export async function setVote(userId: string, paperId: number, up: boolean): Promise<VoteResult> {
  return db.$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { suspendedAt: true } });
      if (!user || user.suspendedAt) return { status: 'suspended' } as const;
      if (!(await lockPaper(tx, paperId))) return { status: 'no-paper' } as const;
      const key = { userId_paperId: { userId, paperId } };
      const existing = await tx.paperVote.findUnique({ where: key, select: { paperId: true } });
      let changed = false;
      if (up && !existing) {
        await tx.paperVote.create({ data: { userId, paperId } });
        changed = true;
      } else if (!up && existing) {
        await tx.paperVote.delete({ where: key });
        changed = true;
      }
      const upvotes = changed ? (await recountPaper(tx, paperId)).upvotes : await currentUpvotes(tx, paperId);
      return { status: 'done', upvoted: up, upvotes, changed } as const;
    },
    // Votes on one paper queue for its row lock; each holds it for a few milliseconds.
    { maxWait: 10_000, timeout: 10_000 },
  );
}

async function currentUpvotes(tx: Pick<typeof db, 'paper'>, paperId: number): Promise<number> {
  const paper = await tx.paper.findUnique({ where: { id: paperId }, select: { upvotes: true } });
  return paper?.upvotes ?? 0;
}
