import { getEnv } from '@/lib/env';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';

/**
 * Per account and per client address (several readers behind one NAT share an address, so it
 * gets more): posting is limited by COMMENT_RATE_LIMIT; the rest by fixed, generous numbers
 * that only a script would reach.
 */
export type CommentAction = 'post' | 'change' | 'vote' | 'report';

const ADDRESS_FACTOR = 5;
const LIMITS: Record<CommentAction, { perAccount: () => number; windowMs: number }> = {
  post: { perAccount: () => getEnv().COMMENT_RATE_LIMIT, windowMs: 10 * 60_000 },
  // Edits and deletions of one's own comments.
  change: { perAccount: () => 30, windowMs: 10 * 60_000 },
  vote: { perAccount: () => 60, windowMs: 60_000 },
  report: { perAccount: () => 10, windowMs: 60 * 60_000 },
};

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function hitCommentLimits(action: CommentAction, userId: string, clientIp: string): Promise<LimitResult> {
  const { perAccount, windowMs } = LIMITS[action];
  const limit = perAccount();
  for (const [key, max] of [[`comment-${action}:user:${userId}`, limit], [`comment-${action}:ip:${clientIp}`, limit * ADDRESS_FACTOR]] as const) {
    const hit = await hitRateLimit(key, max, windowMs);
    if (!hit.allowed) return { allowed: false, retryAfterSeconds: hit.retryAfterSeconds };
  }
  return { allowed: true };
}

/** "Too many comments: try again in 4 minutes." */
export function tooManyMessage(action: CommentAction, retryAfterSeconds: number): string {
  const what = { post: 'comments', change: 'changes', vote: 'votes', report: 'reports' }[action];
  const wait = retryAfterSeconds >= 90 ? `${Math.ceil(retryAfterSeconds / 60)} minutes` : `${retryAfterSeconds} seconds`;
  return `Too many ${what} in a short time: try again in ${wait}.`;
}
