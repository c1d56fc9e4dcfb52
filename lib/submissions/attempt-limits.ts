import { hitRateLimit } from '@/lib/rate-limit/fixed-window';

/**
 * Attempts, successful or not, per hour: each may cost a request to arXiv, so a reader (or a
 * script with a stolen session, or many accounts behind one address) cannot make this site
 * hammer arXiv. SUBMIT_DAILY_LIMIT counts what was listed; these count what was tried.
 */
export const SUBMIT_ATTEMPTS_PER_ACCOUNT_PER_HOUR = 20;
export const SUBMIT_ATTEMPTS_PER_ADDRESS_PER_HOUR = 60;
const HOUR_MS = 3_600_000;

/** null when the attempt may go on; else how many seconds until it may. */
export async function hitSubmissionAttempt(readerId: string, clientIp: string, now: Date = new Date()): Promise<number | null> {
  const limits = [
    [`submit:user:${readerId}`, SUBMIT_ATTEMPTS_PER_ACCOUNT_PER_HOUR],
    [`submit:ip:${clientIp}`, SUBMIT_ATTEMPTS_PER_ADDRESS_PER_HOUR],
  ] as const;
  for (const [key, limit] of limits) {
    const hit = await hitRateLimit(key, limit, HOUR_MS, now);
    if (!hit.allowed) return hit.retryAfterSeconds;
  }
  return null;
}
