import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { getEnv } from '@/lib/env';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { FOLLOW_KINDS, followKey, MAX_FOLLOWS, type FollowKind, type FollowTarget } from './schema';

/**
 * Follows (issue 14, item 2). The form says the desired state (follow or not), so a retried or
 * doubled request leaves the same result as one; the unique key (user, kind, value) is the
 * one-row-per-follow rule on both engines.
 */
export interface FollowRow extends FollowTarget {
  createdAt: Date;
}

export type SetFollowResult = { status: 'done'; following: boolean; changed: boolean } | { status: 'too-many' };

const WINDOW_MS = 60_000;
const ADDRESS_FACTOR = 5;

/** Counts a follow change against the account's and the address's per-minute limits. */
export async function hitFollowLimits(userId: string, clientIp: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const limit = getEnv().FOLLOW_RATE_LIMIT;
  for (const [key, max] of [[`follow:user:${userId}`, limit], [`follow:ip:${clientIp}`, limit * ADDRESS_FACTOR]] as const) {
    const hit = await hitRateLimit(key, max, WINDOW_MS);
    if (!hit.allowed) return { allowed: false, retryAfterSeconds: hit.retryAfterSeconds };
  }
  return { allowed: true };
}

export async function setFollow(userId: string, target: FollowTarget, on: boolean): Promise<SetFollowResult> {
  const where = { userId_kind_value: { userId, kind: target.kind, value: target.value } };
  if (!on) {
    const { count } = await db.follow.deleteMany({ where: { userId, kind: target.kind, value: target.value } });
    return { status: 'done', following: false, changed: count > 0 };
  }
  if (await db.follow.findUnique({ where, select: { id: true } })) return { status: 'done', following: true, changed: false };
  if ((await db.follow.count({ where: { userId } })) >= MAX_FOLLOWS) return { status: 'too-many' };
  try {
    await db.follow.create({ data: { userId, kind: target.kind, value: target.value } });
    return { status: 'done', following: true, changed: true };
  } catch (error) {
    // The same follow sent twice at once: the other request made the row.
    if (isUniqueViolation(error)) return { status: 'done', following: true, changed: false };
    throw error;
  }
}

const asKind = (kind: string): FollowKind => FOLLOW_KINDS.find((known) => known === kind) ?? 'query';

/** A reader's follows, by kind then oldest first (the /following page). */
export async function listFollows(userId: string): Promise<FollowRow[]> {
  const rows = await db.follow.findMany({ where: { userId }, orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], select: { kind: true, value: true, createdAt: true } });
  return rows.map((row) => ({ kind: asKind(row.kind), value: row.value, createdAt: row.createdAt }));
}

/** Follows of many readers at once (the digest's batches): one query. */
export async function followsOfUsers(userIds: readonly string[]): Promise<Map<string, FollowTarget[]>> {
  const byUser = new Map<string, FollowTarget[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db.follow.findMany({ where: { userId: { in: [...userIds] } }, orderBy: { id: 'asc' }, select: { userId: true, kind: true, value: true } });
  for (const row of rows) {
    const list = byUser.get(row.userId) ?? [];
    list.push({ kind: asKind(row.kind), value: row.value });
    byUser.set(row.userId, list);
  }
  return byUser;
}

/** Which of these follow keys ("category:cs.LG") the reader follows: for /api/me. */
export async function followedKeys(userId: string, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const wanted = new Set(keys);
  const rows = await listFollows(userId);
  return rows.map(followKey).filter((key) => wanted.has(key));
}
