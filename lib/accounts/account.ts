import { db } from '@/lib/db';
import { getAccountSubscription, type AccountSubscription } from '@/lib/subscribers/account-subscription';
import { listPasskeys, type PasskeySummary } from './passkeys';
import type { Reader } from './reader';
import { listSessions, type SessionSummary } from './sessions';

/** Everything the account page shows, for the signed-in reader only (a private, per-request page). */
export interface AccountOverview {
  email: string;
  username: string | null;
  memberSince: Date;
  sessions: SessionSummary[];
  passkeys: PasskeySummary[];
  subscription: AccountSubscription | null;
}

export async function getAccountOverview(reader: Reader): Promise<AccountOverview> {
  const [user, sessions, passkeys, subscription] = await Promise.all([
    db.user.findUnique({ where: { id: reader.id }, select: { createdAt: true } }),
    listSessions(reader.id, reader.sessionId),
    listPasskeys(reader.id),
    getAccountSubscription(reader.email),
  ]);
  return { email: reader.email, username: reader.username, memberSince: user?.createdAt ?? new Date(), sessions, passkeys, subscription };
}
