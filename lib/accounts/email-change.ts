import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { createMailTransport, type MailTransport } from '@/lib/mail/transport';
import { absoluteUrl } from '@/lib/site-url';
import { emailSchema } from '@/lib/subscribers/schema';
import { buildEmailChangeConfirmation, buildEmailChangedNotice, buildEmailChangeTaken } from './account-emails';

/**
 * Changing an account's address: a link mailed to the NEW address, opened, then one button
 * pressed (a POST: mail scanners open links), and only then the address changes; the old one is
 * told. Ours rather than better-auth's changeEmail, whose link is a reusable signed token that
 * changes the address on a GET: here the token is single-use and only its hash is stored (a
 * Verification row, like sign-in links).
 */
export const EMAIL_CHANGE_MINUTES = 60;
const IDENTIFIER_PREFIX = 'change-email:';

interface PendingChange {
  userId: string;
  email: string;
}

function identifierOf(token: string): string {
  return `${IDENTIFIER_PREFIX}${createHash('sha256').update(token).digest('base64url')}`;
}

export function emailChangeConfirmPath(token: string): string {
  return `/account/email/confirm?token=${encodeURIComponent(token)}`;
}

export type EmailChangeRequest = { status: 'sent' } | { status: 'invalid'; message: string } | { status: 'mail-failed' };

/**
 * Mails a confirmation link to `newEmail`. The answer is "sent" whether or not another account
 * has that address (that one gets a note instead), so the form tells nobody who has an account.
 * A newer request replaces an older one: only the latest link works.
 */
export async function requestEmailChange(
  user: { id: string; email: string; username: string | null },
  newEmail: unknown,
  options: { transport?: MailTransport; now?: Date } = {},
): Promise<EmailChangeRequest> {
  const parsed = emailSchema.safeParse(newEmail);
  if (!parsed.success) return { status: 'invalid', message: parsed.error.issues[0]?.message ?? 'Enter a valid email address.' };
  const email = parsed.data;
  if (email === user.email) return { status: 'invalid', message: 'That is already your address.' };
  const now = options.now ?? new Date();
  const taken = (await db.user.count({ where: { email } })) > 0;
  await db.verification.deleteMany({ where: { identifier: { startsWith: IDENTIFIER_PREFIX }, value: { contains: `"userId":${JSON.stringify(user.id)}` } } });
  let mail;
  if (taken) {
    mail = buildEmailChangeTaken(email);
  } else {
    const token = randomBytes(32).toString('base64url');
    const pending: PendingChange = { userId: user.id, email };
    await db.verification.create({
      data: { id: randomUUID(), identifier: identifierOf(token), value: JSON.stringify(pending), expiresAt: new Date(now.getTime() + EMAIL_CHANGE_MINUTES * 60_000) },
    });
    mail = buildEmailChangeConfirmation(email, user.username, absoluteUrl(emailChangeConfirmPath(token)), EMAIL_CHANGE_MINUTES);
  }
  const transport = options.transport ?? createMailTransport();
  try {
    await transport.send(mail);
    return { status: 'sent' };
  } catch (error) {
    console.error('email-change mail not sent:', error instanceof Error ? error.message : error);
    return { status: 'mail-failed' };
  } finally {
    if (!options.transport) transport.close();
  }
}

export type EmailChangeLink = { state: 'usable'; email: string } | { state: 'expired' | 'unknown' };

/** What a link is, without using it (the page it opens shows the new address and a button). */
export async function peekEmailChange(token: unknown, now: Date = new Date()): Promise<EmailChangeLink> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(token)) return { state: 'unknown' };
  const row = await db.verification.findFirst({ where: { identifier: identifierOf(token) }, select: { value: true, expiresAt: true } });
  if (!row) return { state: 'unknown' };
  if (row.expiresAt <= now) return { state: 'expired' };
  return { state: 'usable', email: (JSON.parse(row.value) as PendingChange).email };
}

export type EmailChangeResult = { status: 'changed'; email: string } | { status: 'unknown' | 'expired' | 'taken' | 'suspended' };

/**
 * Uses a link (once: the row is deleted by the first request that gets it, so a double click
 * changes nothing twice) and moves the account to the new address; the old one is told.
 */
export async function confirmEmailChange(token: unknown, options: { transport?: MailTransport; now?: Date } = {}): Promise<EmailChangeResult> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: 'unknown' };
  const now = options.now ?? new Date();
  const row = await db.verification.findFirst({ where: { identifier: identifierOf(token) }, select: { id: true, value: true, expiresAt: true } });
  if (!row) return { status: 'unknown' };
  const { count } = await db.verification.deleteMany({ where: { id: row.id } });
  if (count === 0) return { status: 'unknown' };
  if (row.expiresAt <= now) return { status: 'expired' };
  const pending = JSON.parse(row.value) as PendingChange;
  const user = await db.user.findUnique({ where: { id: pending.userId }, select: { email: true, suspendedAt: true } });
  if (!user) return { status: 'unknown' };
  if (user.suspendedAt) return { status: 'suspended' };
  if (user.email === pending.email) return { status: 'changed', email: pending.email };
  try {
    await db.user.update({ where: { id: pending.userId }, data: { email: pending.email, emailVerified: true } });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: 'taken' };
    throw error;
  }
  // Sign-in links still pending for the old address are withdrawn: used now, one would make a
  // new, empty account with that address.
  await db.verification.deleteMany({ where: { value: { contains: `"email":${JSON.stringify(user.email)}` }, NOT: { identifier: { startsWith: IDENTIFIER_PREFIX } } } });
  const transport = options.transport ?? createMailTransport();
  try {
    await transport.send(buildEmailChangedNotice(user.email, pending.email));
  } catch (error) {
    // The change is made; the notice is best effort (logged).
    console.error('email-changed notice not sent:', error instanceof Error ? error.message : error);
  } finally {
    if (!options.transport) transport.close();
  }
  return { status: 'changed', email: pending.email };
}
