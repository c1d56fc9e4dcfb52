import { hitRateLimit, type RateLimitResult } from '@/lib/rate-limit/fixed-window';

/**
 * Rate limits for the library's writes, per account and per client address (several readers
 * behind one NAT get five times an account's share), as votes are limited (lib/community/votes.ts).
 * Saving is a click on a card, so it gets a vote's budget; collection edits are rarer.
 */
export const LIBRARY_LIMITS = {
  save: { perAccount: 120, windowMs: 60_000 },
  collection: { perAccount: 60, windowMs: 60_000 },
} as const;

const ADDRESS_FACTOR = 5;

export async function hitLibraryLimit(kind: keyof typeof LIBRARY_LIMITS, userId: string, clientIp: string): Promise<RateLimitResult> {
  const limit = LIBRARY_LIMITS[kind];
  const byAccount = await hitRateLimit(`library:${kind}:user:${userId}`, limit.perAccount, limit.windowMs);
  if (!byAccount.allowed) return byAccount;
  return hitRateLimit(`library:${kind}:ip:${clientIp}`, limit.perAccount * ADDRESS_FACTOR, limit.windowMs);
}
