import { db } from '@/lib/db';
import type { DigestFrequency } from './schema';
import { parseManageToken, verifyManageSignature } from './tokens';

export interface SubscriptionPreferences {
  status: string;
  frequency: DigestFrequency;
}

async function findByManageToken(token: string) {
  const parsed = parseManageToken(token);
  if (!parsed) return null;
  const subscriber = await db.subscriber.findUnique({
    where: { id: parsed.subscriberId },
    select: { id: true, status: true, frequency: true, manageKey: true },
  });
  if (!subscriber || !verifyManageSignature(subscriber.id, subscriber.manageKey, parsed.signature)) return null;
  return subscriber;
}

/** The preferences page's data. No address: pages never show one. */
export async function getPreferences(token: string): Promise<SubscriptionPreferences | null> {
  const subscriber = await findByManageToken(token);
  if (!subscriber) return null;
  return { status: subscriber.status, frequency: subscriber.frequency === 'weekly' ? 'weekly' : 'daily' };
}

export async function updateFrequency(token: string, frequency: DigestFrequency): Promise<'updated' | 'not-subscribed' | 'invalid'> {
  const subscriber = await findByManageToken(token);
  if (!subscriber) return 'invalid';
  if (subscriber.status !== 'confirmed') return 'not-subscribed';
  await db.subscriber.update({ where: { id: subscriber.id }, data: { frequency } });
  return 'updated';
}

/**
 * Unsubscribes at once and for good (until the person subscribes and confirms again).
 * Idempotent: a second request, or a mail provider's retry, changes nothing.
 */
export async function unsubscribe(token: string, now: Date = new Date()): Promise<'unsubscribed' | 'already-unsubscribed' | 'invalid'> {
  const subscriber = await findByManageToken(token);
  if (!subscriber) return 'invalid';
  if (subscriber.status === 'unsubscribed') return 'already-unsubscribed';
  await db.subscriber.update({
    where: { id: subscriber.id },
    // The old confirmation link must not resubscribe anyone.
    data: { status: 'unsubscribed', unsubscribedAt: now, confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  return 'unsubscribed';
}
