import { getAuth } from './auth';

/** The signed-in reader as the rest of the app sees them. Never cached in a shared cache. */
export interface Reader {
  id: string;
  email: string;
  /** null until chosen on first sign-in (/welcome). */
  username: string | null;
  role: 'reader' | 'moderator';
  sessionId: string;
}

/** The reader whose session cookie came with these headers, or null. One indexed lookup. */
export async function getReader(headers: Headers): Promise<Reader | null> {
  const found = await getAuth().api.getSession({ headers, query: { disableCookieCache: true } }).catch(() => null);
  if (!found) return null;
  const user = found.user as typeof found.user & { username?: string | null; role?: string | null; suspendedAt?: Date | null };
  // A suspended account's sessions are ended; this covers a request already in flight.
  if (user.suspendedAt) return null;
  return {
    id: user.id,
    email: user.email,
    username: user.username ?? null,
    role: user.role === 'moderator' ? 'moderator' : 'reader',
    sessionId: found.session.id,
  };
}
