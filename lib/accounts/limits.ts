import { hitRateLimit, type RateLimitResult } from '@/lib/rate-limit/fixed-window';

/**
 * Rate limits for account writes and for better-auth's passkey endpoints: one count per client
 * address (the real one, lib/http/client-ip.ts) and one per account, so neither many accounts
 * from one address nor one account from many addresses gets past. better-auth's own limiter
 * is off (lib/accounts/auth.ts).
 */
export const ACCOUNT_LIMITS = {
  /** Passkey ceremonies and listings through /api/auth. */
  auth: { perAddress: 120, perAccount: 60, windowMs: 10 * 60_000 },
  /** Ending sessions, renaming or removing passkeys, subscription settings. */
  settings: { perAddress: 120, perAccount: 60, windowMs: 10 * 60_000 },
  /** Confirmation mails to a new address. */
  emailChange: { perAddress: 20, perAccount: 5, windowMs: 3_600_000 },
  /** Confirming an email change (a token guess costs one). */
  emailConfirm: { perAddress: 30, perAccount: 30, windowMs: 3_600_000 },
  deleteAccount: { perAddress: 20, perAccount: 10, windowMs: 3_600_000 },
} as const;

export type AccountLimit = keyof typeof ACCOUNT_LIMITS;

/** Counts one request; the first limit reached refuses it. `accountId` null: the address only. */
export async function hitAccountLimit(kind: AccountLimit, clientIp: string, accountId: string | null): Promise<RateLimitResult> {
  const limit = ACCOUNT_LIMITS[kind];
  const byAddress = await hitRateLimit(`account:${kind}:ip:${clientIp}`, limit.perAddress, limit.windowMs);
  if (!byAddress.allowed || accountId === null) return byAddress;
  return hitRateLimit(`account:${kind}:user:${accountId}`, limit.perAccount, limit.windowMs);
}

export function tooManyMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many requests. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
