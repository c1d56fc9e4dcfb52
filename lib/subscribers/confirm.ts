import { db } from '@/lib/db';
import { createManageToken, hashToken } from './tokens';

export type ConfirmTokenState = 'valid' | 'already-confirmed' | 'expired' | 'invalid';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function findByConfirmToken(token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.subscriber.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { id: true, status: true, confirmTokenExpiresAt: true, manageKey: true },
  });
}

function stateOf(subscriber: Awaited<ReturnType<typeof findByConfirmToken>>, now: Date): ConfirmTokenState {
  if (!subscriber) return 'invalid';
  if (subscriber.status === 'confirmed') return 'already-confirmed';
  if (subscriber.status !== 'pending') return 'invalid';
  if (!subscriber.confirmTokenExpiresAt || subscriber.confirmTokenExpiresAt <= now) return 'expired';
  return 'valid';
}

/** What the confirmation page shows for a link, without changing anything (GET is safe). */
export async function inspectConfirmToken(token: string, now: Date = new Date()): Promise<ConfirmTokenState> {
  return stateOf(await findByConfirmToken(token), now);
}

/**
 * Confirms a pending subscription (the page's POST). Confirming twice is harmless: the second
 * time reports "already confirmed". Returns the manage token for the preferences link.
 */
export async function confirmSubscription(
  token: string,
  now: Date = new Date(),
): Promise<{ state: ConfirmTokenState | 'confirmed'; manageToken: string | null }> {
  const subscriber = await findByConfirmToken(token);
  const state = stateOf(subscriber, now);
  if (!subscriber || (state !== 'valid' && state !== 'already-confirmed')) return { state, manageToken: null };
  const manageToken = createManageToken(subscriber.id, subscriber.manageKey);
  if (state === 'already-confirmed') return { state, manageToken };
  // Conditional on still pending, so a concurrent unsubscribe is never overwritten.
  const { count } = await db.subscriber.updateMany({
    where: { id: subscriber.id, status: 'pending' },
    data: { status: 'confirmed', confirmedAt: now, unsubscribedAt: null, bounceCount: 0 },
  });
  return { state: count === 1 ? 'confirmed' : 'invalid', manageToken: count === 1 ? manageToken : null };
}
