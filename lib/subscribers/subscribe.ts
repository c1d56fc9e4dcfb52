import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { createMailTransport, type MailTransport } from '@/lib/mail/transport';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { buildAlreadySubscribedEmail } from './already-subscribed-email';
import { buildConfirmationEmail } from './confirmation-email';
import { confirmUrl, manageLinks } from './links';
import { emailSchema } from './schema';
import { generateToken, hashToken } from './tokens';

export const CONFIRMATION_VALID_HOURS = 48;
/** An address gets a mail about its subscription at most this often per hour, however often it is asked for. */
export const CONFIRMATIONS_PER_HOUR = 3;

/** What happened, for tests and logs; the form answers the same for every outcome. */
export type SubscribeOutcome = 'confirmation-sent' | 'already-confirmed' | 'rate-limited';

/** The mail could not be handed to the SMTP server (or the outbox): the same for every address. */
export class SubscriptionMailNotSentError extends Error {
  override name = 'SubscriptionMailNotSentError';
}

interface SubscribeOptions {
  transport?: MailTransport;
  now?: Date;
}

interface PendingFields {
  status: 'pending';
  confirmTokenHash: string;
  confirmTokenExpiresAt: Date;
  confirmationSentAt: Date;
}

/**
 * Asks for a subscription with double opt-in: the address is stored as pending with a fresh
 * single-use link (only its hash is kept) and a confirmation email is sent. An unsubscribed or
 * bounced address must confirm again. A confirmed address stays confirmed and is mailed its own
 * manage links instead. Every address, subscribed or not, costs the same visible work: one
 * counted request, one subscriber write, one mail sent the same way (docs/decisions/012), so
 * neither the answer, its timing nor an SMTP outage tells who is subscribed. Safe to retry.
 */
export async function subscribe(email: string, options: SubscribeOptions = {}): Promise<SubscribeOutcome> {
  const address = emailSchema.parse(email);
  const now = options.now ?? new Date();

  // Keyed by a hash: the limits table never holds addresses in the clear.
  const addressKey = `confirm:${createHash('sha256').update(address).digest('hex').slice(0, 32)}`;
  if (!(await hitRateLimit(addressKey, CONFIRMATIONS_PER_HOUR, 3_600_000, now)).allowed) return 'rate-limited';

  const token = generateToken();
  const subscriber = await markPendingUnlessConfirmed(address, {
    status: 'pending',
    confirmTokenHash: hashToken(token),
    confirmTokenExpiresAt: new Date(now.getTime() + CONFIRMATION_VALID_HOURS * 3_600_000),
    confirmationSentAt: now,
  });
  const alreadyConfirmed = subscriber.status === 'confirmed';
  const message = alreadyConfirmed
    ? buildAlreadySubscribedEmail(address, manageLinks(subscriber))
    : buildConfirmationEmail(address, confirmUrl(token), CONFIRMATION_VALID_HOURS);

  const transport = options.transport ?? createMailTransport();
  try {
    await transport.send(message);
  } catch (error) {
    throw new SubscriptionMailNotSentError('The email about this subscription could not be sent', { cause: error });
  } finally {
    if (!options.transport) transport.close();
  }
  return alreadyConfirmed ? 'already-confirmed' : 'confirmation-sent';
}

/**
 * Stores the address as pending with a new link, unless it is confirmed. The condition is part
 * of the write (not a read before it), so a confirmation landing at the same moment is never
 * undone. Returns the row as it now stands.
 */
async function markPendingUnlessConfirmed(email: string, pending: PendingFields) {
  const select = { id: true, status: true, manageKey: true } as const;
  // Two rounds at most: a first-time address created by a concurrent request between our
  // update and our insert is updated on the second round.
  for (let round = 0; ; round += 1) {
    await db.subscriber.updateMany({ where: { email, status: { not: 'confirmed' } }, data: pending });
    const row = await db.subscriber.findUnique({ where: { email }, select });
    if (row) return row;
    try {
      return await db.subscriber.create({ data: { email, manageKey: generateToken(), ...pending }, select });
    } catch (error) {
      if (!isUniqueViolation(error) || round > 0) throw error;
    }
  }
}
