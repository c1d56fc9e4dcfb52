import { db } from '@/lib/db';
import { getAuth } from './auth';
import { summariseUserAgent } from './user-agent';

/** One signed-in browser, as the account page lists it. The session token never leaves here. */
export interface SessionSummary {
  id: string;
  current: boolean;
  createdAt: Date;
  /** When better-auth last extended it: it does so at most once a day (lib/accounts/auth.ts). */
  lastActiveAt: Date;
  expiresAt: Date;
  browser: string;
  ipAddress: string | null;
}

/**
 * The reader's live sessions, this browser's first. Read from the table rather than through
 * better-auth's listSessions, which refuses sessions older than a day ("fresh age") and returns
 * tokens; ending one goes through better-auth (endSession below).
 */
export async function listSessions(userId: string, currentSessionId: string, now: Date = new Date()): Promise<SessionSummary[]> {
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, updatedAt: true, expiresAt: true, userAgent: true, ipAddress: true },
    orderBy: { updatedAt: 'desc' },
    take: 100,
  });
  return rows
    .map((row) => ({
      id: row.id,
      current: row.id === currentSessionId,
      createdAt: row.createdAt,
      lastActiveAt: row.updatedAt,
      expiresAt: row.expiresAt,
      browser: summariseUserAgent(row.userAgent),
      ipAddress: row.ipAddress,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

export type EndSessionResult = 'ended' | 'current' | 'not-found';

/**
 * Ends one of the reader's other sessions (that browser is signed out on its next request).
 * Idempotent: a session already gone is "not-found", which the page reports as done. This
 * browser's own session is ended by signing out instead.
 */
export async function endSession(headers: Headers, userId: string, currentSessionId: string, sessionId: string): Promise<EndSessionResult> {
  if (sessionId === currentSessionId) return 'current';
  const session = await db.session.findFirst({ where: { id: sessionId, userId }, select: { token: true } });
  if (!session) return 'not-found';
  await getAuth().api.revokeSession({ body: { token: session.token }, headers });
  return 'ended';
}

/** Ends every session of the reader except this browser's. Returns how many were ended. */
export async function endOtherSessions(headers: Headers, userId: string, currentSessionId: string): Promise<number> {
  const others = await db.session.count({ where: { userId, id: { not: currentSessionId } } });
  await getAuth().api.revokeOtherSessions({ headers });
  return others;
}
