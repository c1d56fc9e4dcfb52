import { db } from '@/lib/db';
import { createManageToken, hashToken } from './tokens';

/**
 * A link is valid while its subscriber is pending and it has not expired. Confirming spends it
 * (its hash is cleared), so a used link, like a replaced one, is simply not valid any more: it
 * can neither confirm again nor hand out a manage token to whoever holds it later.
 */
export type ConfirmTokenState = 'valid' | 'expired' | 'invalid';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function findByConfirmToken(token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.subscriber.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { id: true, status: true, confirmTokenExpiresAt: true, manageKey: true },
  });
}

function stateOf(subscriber: Awaited<ReturnType<typeof findByConfirmToken>>, now: Date): ConfirmTokenState {
  // Not pending: confirmed (a link left over from before links were spent), or unsubscribed.
  if (!subscriber || subscriber.status !== 'pending') return 'invalid';
  if (!subscriber.confirmTokenExpiresAt || subscriber.confirmTokenExpiresAt <= now) return 'expired';
  return 'valid';
}

/** What the confirmation page shows for a link, without changing anything (GET is safe). */
export async function inspectConfirmToken(token: string, now: Date = new Date()): Promise<ConfirmTokenState> {
  return stateOf(await findByConfirmToken(token), now);
}

/**
 * Confirms a pending subscription (the page's POST) and spends the link. Returns the manage
 * token for the preferences link, only to the request that confirmed.
 */
export async function confirmSubscription(
  token: string,
  now: Date = new Date(),
): Promise<{ state: ConfirmTokenState | 'confirmed'; manageToken: string | null }> {
  const subscriber = await findByConfirmToken(token);
  const state = stateOf(subscriber, now);
  if (!subscriber || state !== 'valid') return { state, manageToken: null };
  // Conditional on still pending with this very link, so a concurrent unsubscribe, a newer link
  // or a second click of the same button is never overwritten or answered with a token.
  const { count } = await db.subscriber.updateMany({
    where: { id: subscriber.id, status: 'pending', confirmTokenHash: hashToken(token) },
    data: { status: 'confirmed', confirmedAt: now, unsubscribedAt: null, bounceCount: 0, confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  if (count !== 1) return { state: 'invalid', manageToken: null };
  return { state: 'confirmed', manageToken: createManageToken(subscriber.id, subscriber.manageKey) };
}
