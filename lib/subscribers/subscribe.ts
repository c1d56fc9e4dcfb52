import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { createMailTransport, type MailTransport } from '@/lib/mail/transport';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { buildConfirmationEmail } from './confirmation-email';
import { confirmUrl } from './links';
import { emailSchema } from './schema';
import { generateToken, hashToken } from './tokens';

export const CONFIRMATION_VALID_HOURS = 48;
/** A pending address gets a fresh link at most this often per hour, however often it asks. */
export const CONFIRMATIONS_PER_HOUR = 3;

/** What happened, for tests and logs; the form answers the same for every outcome. */
export type SubscribeOutcome = 'confirmation-sent' | 'already-confirmed' | 'rate-limited';

export class ConfirmationNotSentError extends Error {
  override name = 'ConfirmationNotSentError';
}

interface SubscribeOptions {
  transport?: MailTransport;
  now?: Date;
}

/**
 * Asks for a subscription with double opt-in: the address is stored as pending with a fresh
 * single-use link (only its hash is kept) and a confirmation email is sent. A confirmed address
 * is left alone; an unsubscribed or bounced one must confirm again. Safe to retry.
 */
export async function subscribe(email: string, options: SubscribeOptions = {}): Promise<SubscribeOutcome> {
  const address = emailSchema.parse(email);
  const now = options.now ?? new Date();
  const existing = await db.subscriber.findUnique({ where: { email: address }, select: { status: true } });
  if (existing?.status === 'confirmed') return 'already-confirmed';

  // Keyed by a hash: the limits table never holds addresses in the clear.
  const addressKey = `confirm:${createHash('sha256').update(address).digest('hex').slice(0, 32)}`;
  if (!(await hitRateLimit(addressKey, CONFIRMATIONS_PER_HOUR, 3_600_000, now)).allowed) return 'rate-limited';

  const token = generateToken();
  const pending = {
    status: 'pending',
    confirmTokenHash: hashToken(token),
    confirmTokenExpiresAt: new Date(now.getTime() + CONFIRMATION_VALID_HOURS * 3_600_000),
    confirmationSentAt: now,
  };
  await upsertPending(address, pending);

  const transport = options.transport ?? createMailTransport();
  try {
    await transport.send(buildConfirmationEmail(address, confirmUrl(token), CONFIRMATION_VALID_HOURS));
  } catch (error) {
    throw new ConfirmationNotSentError('The confirmation email could not be sent', { cause: error });
  } finally {
    if (!options.transport) transport.close();
  }
  return 'confirmation-sent';
}

async function upsertPending(email: string, pending: { status: string; confirmTokenHash: string; confirmTokenExpiresAt: Date; confirmationSentAt: Date }) {
  const write = () =>
    db.subscriber.upsert({
      where: { email },
      create: { email, manageKey: generateToken(), ...pending },
      // A confirmed row is never demoted: two racing requests may both reach here.
      update: pending,
      select: { id: true },
    });
  try {
    await write();
  } catch (error) {
    // Two first-time submissions at once: the loser updates the winner's row.
    if (!isUniqueViolation(error)) throw error;
    await write();
  }
}
