import { db } from '@/lib/db';
import { manageLinks } from './links';
import { unsubscribe, updateFrequency } from './manage';
import { SUBSCRIBER_STATUSES, type DigestContentChoice, type DigestFrequency, type SubscriberStatus } from './schema';
import { subscribe, SubscriptionMailNotSentError } from './subscribe';
import { createManageToken } from './tokens';

/**
 * The digest subscription of a signed-in reader: the Subscriber with the account's address (a
 * subscriber who signs in with that address is the same person). The session proves the
 * address, so the account page changes it without the emailed token: it makes that token here
 * and goes through the same functions the emailed links use (lib/subscribers/manage.ts).
 */
export interface AccountSubscription {
  status: SubscriberStatus;
  frequency: DigestFrequency;
  content: DigestContentChoice;
  /** The emailed links' pages, for this subscription (they work signed out too). */
  preferencesUrl: string;
  unsubscribeUrl: string;
}

async function subscriberOf(email: string) {
  return db.subscriber.findUnique({ where: { email }, select: { id: true, status: true, frequency: true, content: true, manageKey: true } });
}

export async function getAccountSubscription(email: string): Promise<AccountSubscription | null> {
  const subscriber = await subscriberOf(email);
  if (!subscriber) return null;
  const links = manageLinks(subscriber);
  const status = SUBSCRIBER_STATUSES.find((value) => value === subscriber.status) ?? 'pending';
  const content = subscriber.content === 'personal' ? 'personal' : 'trending';
  return { status, frequency: subscriber.frequency === 'weekly' ? 'weekly' : 'daily', content, preferencesUrl: links.preferences, unsubscribeUrl: links.unsubscribe };
}

async function tokenOf(email: string): Promise<string | null> {
  const subscriber = await subscriberOf(email);
  return subscriber ? createManageToken(subscriber.id, subscriber.manageKey) : null;
}

export async function setAccountFrequency(email: string, frequency: DigestFrequency): Promise<'updated' | 'not-subscribed'> {
  const token = await tokenOf(email);
  if (!token) return 'not-subscribed';
  const outcome = await updateFrequency(token, frequency);
  return outcome === 'updated' ? 'updated' : 'not-subscribed';
}

/**
 * Trending or personal content. Only from the account page: a personal digest is made from the
 * account's follows and likes, so the session (which proves the address) is what allows it.
 */
export async function setAccountContent(email: string, content: DigestContentChoice): Promise<'updated' | 'not-subscribed'> {
  const { count } = await db.subscriber.updateMany({ where: { email, status: 'confirmed' }, data: { content } });
  return count === 1 ? 'updated' : 'not-subscribed';
}

export async function unsubscribeAccount(email: string): Promise<'unsubscribed' | 'not-subscribed'> {
  const token = await tokenOf(email);
  if (!token) return 'not-subscribed';
  const outcome = await unsubscribe(token);
  return outcome === 'invalid' ? 'not-subscribed' : 'unsubscribed';
}

/**
 * Subscribes with the usual double opt-in: a confirmation link mailed to the address (the
 * session proves the reader reads this mailbox now, but the consent to a mailing list is its
 * own click, as for everyone else).
 */
export async function subscribeAccount(email: string): Promise<'sent' | 'rate-limited' | 'mail-failed'> {
  try {
    return (await subscribe(email)) === 'rate-limited' ? 'rate-limited' : 'sent';
  } catch (error) {
    if (error instanceof SubscriptionMailNotSentError) return 'mail-failed';
    throw error;
  }
}
