import { db } from '@/lib/db';
import type { Actor } from './actor';
import { recordAction } from './log';
import { done, notFound, refused, unchanged, type ModerationOutcome } from './outcome';

export interface AccountRow {
  id: string;
  username: string | null;
  email: string;
  role: 'reader' | 'moderator';
  suspendedAt: Date | null;
  createdAt: Date;
}

const ACCOUNT_SELECT = { id: true, username: true, email: true, role: true, suspendedAt: true, createdAt: true } as const;

function toAccountRow(row: { id: string; username: string | null; email: string; role: string; suspendedAt: Date | null; createdAt: Date }): AccountRow {
  return { ...row, role: row.role === 'moderator' ? 'moderator' : 'reader' };
}

/** How the log names an account: its username, or its address before it has one. */
const targetOf = (account: { username: string | null; email: string }) => ({ type: 'user' as const, id: account.username ?? account.email });

/** An account by address (anything with an "@") or by username; both are stored lower-cased. */
export async function findAccount(reference: string): Promise<AccountRow | null> {
  const key = reference.trim().toLowerCase();
  if (!key) return null;
  const row = await db.user.findUnique({ where: key.includes('@') ? { email: key } : { username: key }, select: ACCOUNT_SELECT });
  return row ? toAccountRow(row) : null;
}

export async function findAccountById(id: string): Promise<AccountRow | null> {
  const row = await db.user.findUnique({ where: { id }, select: ACCOUNT_SELECT });
  return row ? toAccountRow(row) : null;
}

export const ACCOUNT_SEARCH_LIMIT = 25;

/** Accounts whose username or address contains the text, newest first. */
export async function searchAccounts(text: string): Promise<AccountRow[]> {
  const key = text.trim().toLowerCase();
  if (!key) return [];
  const rows = await db.user.findMany({
    where: { OR: [{ username: { contains: key } }, { email: { contains: key } }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: ACCOUNT_SEARCH_LIMIT,
    select: ACCOUNT_SELECT,
  });
  return rows.map(toAccountRow);
}

/** Every account (the CLI's `list`), or only moderators, oldest first. */
export async function listAccounts(options: { moderatorsOnly?: boolean } = {}): Promise<AccountRow[]> {
  const rows = await db.user.findMany({
    where: options.moderatorsOnly ? { role: 'moderator' } : {},
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: ACCOUNT_SELECT,
  });
  return rows.map(toAccountRow);
}

/**
 * Suspends an account: every session it has ends at once (its browsers are signed out at their
 * next request), and it cannot sign in again (lib/accounts/auth.ts refuses the session) or do
 * anything that needs a session: vote, submit, comment, report. What it wrote stays as it was;
 * a moderator hides what needs hiding. A moderator is not suspended (revoke the role first),
 * nor can one suspend themselves.
 */
export async function suspendAccount(actor: Actor, userId: string, reason?: string | null): Promise<ModerationOutcome> {
  const account = await findAccountById(userId);
  if (!account) return notFound('There is no such account.');
  const name = account.username ?? account.email;
  if (actor.id === account.id) return refused('You cannot suspend your own account.');
  if (account.role === 'moderator') return refused(`${name} is a moderator: revoke the role first (npm run users -- revoke-moderator).`);
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, suspendedAt: null }, data: { suspendedAt: new Date() } });
    // Also on a retry: a session made in between (there should be none) ends too.
    await tx.session.deleteMany({ where: { userId } });
    if (count > 0) await recordAction(tx, actor, 'suspend', targetOf(account), reason);
    return count > 0;
  });
  return changed ? done(`${name} is suspended and signed out everywhere.`) : unchanged(`${name} was already suspended.`);
}

/** Lifts a suspension: the account can sign in again (its old sessions stay ended). */
export async function unsuspendAccount(actor: Actor, userId: string, reason?: string | null): Promise<ModerationOutcome> {
  const account = await findAccountById(userId);
  if (!account) return notFound('There is no such account.');
  const name = account.username ?? account.email;
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, suspendedAt: { not: null } }, data: { suspendedAt: null } });
    if (count > 0) await recordAction(tx, actor, 'unsuspend', targetOf(account), reason);
    return count > 0;
  });
  return changed ? done(`${name} can sign in again.`) : unchanged(`${name} is not suspended.`);
}

/** Makes an account a moderator (the operator's CLI: npm run users -- grant-moderator). */
export async function grantModerator(actor: Actor, email: string): Promise<ModerationOutcome> {
  return setRole(actor, email, 'moderator');
}

export async function revokeModerator(actor: Actor, email: string): Promise<ModerationOutcome> {
  return setRole(actor, email, 'reader');
}

async function setRole(actor: Actor, email: string, role: 'reader' | 'moderator'): Promise<ModerationOutcome> {
  const address = email.trim().toLowerCase();
  const account = address.includes('@') ? await findAccount(address) : null;
  if (!account) return notFound(`No account has the address ${email.trim()}. The person signs in once first: that makes the account.`);
  const name = account.username ?? account.email;
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: account.id, role: { not: role } }, data: { role } });
    if (count > 0) await recordAction(tx, actor, role === 'moderator' ? 'grant-moderator' : 'revoke-moderator', targetOf(account));
    return count > 0;
  });
  if (role === 'moderator') return changed ? done(`${name} is now a moderator.`) : unchanged(`${name} is already a moderator.`);
  return changed ? done(`${name} is no longer a moderator.`) : unchanged(`${name} is not a moderator.`);
}
