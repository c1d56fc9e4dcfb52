import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import type { DigestContent } from './content';

const ENQUEUE_BATCH = 1_000;

/** The edition's row, created once whatever the number of runs. */
export async function ensureDigest(content: DigestContent): Promise<{ id: number }> {
  const { edition } = content;
  try {
    return await db.digest.upsert({
      where: { key: edition.key },
      create: { key: edition.key, kind: edition.kind, period: edition.period, subject: content.subject, paperCount: content.papers.length },
      update: {},
      select: { id: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.digest.findUniqueOrThrow({ where: { key: edition.key }, select: { id: true } });
  }
}

/**
 * Gives every confirmed subscriber of this frequency a pending delivery, a batch at a time by
 * id (never all subscribers in memory). Existing deliveries are kept, so a second run, or one
 * racing this one, adds only subscribers who confirmed in between.
 */
export async function enqueueDeliveries(digestId: number, frequency: string, onBatch?: (added: number) => void): Promise<number> {
  let added = 0;
  let cursor = 0;
  for (;;) {
    const subscribers = await db.subscriber.findMany({
      where: { status: 'confirmed', frequency, id: { gt: cursor } },
      orderBy: { id: 'asc' },
      take: ENQUEUE_BATCH,
      select: { id: true },
    });
    if (subscribers.length === 0) return added;
    cursor = subscribers.at(-1)?.id ?? cursor;
    const ids = subscribers.map((subscriber) => subscriber.id);
    const existing = await db.delivery.findMany({ where: { digestId, subscriberId: { in: ids } }, select: { subscriberId: true } });
    const have = new Set(existing.map((row) => row.subscriberId));
    const missing = ids.filter((id) => !have.has(id));
    added += await insertDeliveries(digestId, missing);
    onBatch?.(added);
  }
}

async function insertDeliveries(digestId: number, subscriberIds: number[]): Promise<number> {
  if (subscriberIds.length === 0) return 0;
  try {
    const { count } = await db.delivery.createMany({ data: subscriberIds.map((subscriberId) => ({ digestId, subscriberId })) });
    return count;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent run inserted some of these: add the rest one by one.
    let count = 0;
    for (const subscriberId of subscriberIds) {
      try {
        await db.delivery.create({ data: { digestId, subscriberId } });
        count += 1;
      } catch (inner) {
        if (!isUniqueViolation(inner)) throw inner;
      }
    }
    return count;
  }
}

export interface ClaimedDelivery {
  id: number;
  attempts: number;
  subscriber: { id: number; email: string; manageKey: string; status: string; content: string };
}

/** Where a claim looks: rows after `afterId`, and whether to free other runs' expired leases first. */
export interface ClaimFrom {
  afterId: number;
  freeExpired: boolean;
}

/**
 * Takes up to `limit` deliveries that are due for this run. The UPDATE only matches rows that
 * are still free, so when two runs race for the same rows each row goes to exactly one.
 * Rows left "sending" (claimed, never handed to the SMTP server) by a run that died are freed
 * once their lease has expired; "submitted" ones are not (see markSubmitted).
 *
 * A run claims in id order and passes the last id it took (`afterId`): on PostgreSQL every row
 * already sent leaves a dead entry at the front of the (digestId, status, id) index until vacuum
 * runs, and a scan from the start would step over all of them on every claim, so each claim would
 * cost more than the one before (157 messages/s over 100k, falling; decision 028).
 */
export async function claimDeliveries(digestId: number, runId: string, limit: number, leaseMs: number, now: Date = new Date(), from: ClaimFrom = { afterId: 0, freeExpired: true }): Promise<ClaimedDelivery[]> {
  if (from.freeExpired) {
    await db.delivery.updateMany({
      where: { digestId, status: 'sending', leaseUntil: { lt: now } },
      data: { status: 'pending', leaseOwner: null, leaseUntil: null },
    });
  }
  const due = { digestId, status: 'pending', OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] };
  const candidates = await db.delivery.findMany({ where: { ...due, id: { gt: from.afterId } }, orderBy: { id: 'asc' }, take: limit, select: { id: true } });
  if (candidates.length === 0) return [];
  const ids = candidates.map((row) => row.id);
  await db.delivery.updateMany({
    where: { ...due, id: { in: ids } },
    data: { status: 'sending', leaseOwner: runId, leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  // Only the rows this claim took: the run's previous batch may still be "sending" them.
  return db.delivery.findMany({
    where: { id: { in: ids }, leaseOwner: runId, status: 'sending' },
    orderBy: { id: 'asc' },
    select: { id: true, attempts: true, subscriber: { select: { id: true, email: true, manageKey: true, status: true, content: true } } },
  });
}

/** The earliest time a delivery waiting to be retried becomes due, if any. */
export async function nextRetryAt(digestId: number): Promise<Date | null> {
  const row = await db.delivery.findFirst({
    where: { digestId, status: 'pending', nextAttemptAt: { not: null } },
    orderBy: { nextAttemptAt: 'asc' },
    select: { nextAttemptAt: true },
  });
  return row?.nextAttemptAt ?? null;
}

/**
 * Takes a claimed delivery out of the lease's reach just before its message goes to the SMTP
 * server. A `submitted` row is never handed to another run, whatever happens next: if this run
 * cannot record the outcome (the database fails after "250 OK", or the process is killed), the
 * message may well have left, and sending it again would break exactly-once. False when the
 * lease was lost (it expired and another run took the row): then this run must not send it.
 */
export async function markSubmitted(id: number, runId: string): Promise<boolean> {
  const { count } = await db.delivery.updateMany({ where: { id, leaseOwner: runId, status: 'sending' }, data: { status: 'submitted' } });
  return count === 1;
}

export async function markSent(id: number, messageId: string): Promise<void> {
  // updateMany: no row to read back (`update` returns it), one statement per message sent.
  await db.delivery.updateMany({ where: { id }, data: { status: 'sent', sentAt: new Date(), messageId, leaseOwner: null, leaseUntil: null, lastError: null } });
}

export async function markSkipped(id: number, reason: string): Promise<void> {
  await db.delivery.update({ where: { id }, data: { status: 'skipped', lastError: reason, leaseOwner: null, leaseUntil: null } });
}

export async function markRetry(id: number, error: string, at: Date): Promise<void> {
  await db.delivery.update({ where: { id }, data: { status: 'pending', lastError: error, nextAttemptAt: at, leaseOwner: null, leaseUntil: null } });
}

/** Hands rows this run claimed but did not send back to the queue (on interruption). */
export async function releaseClaims(runId: string): Promise<void> {
  await db.delivery.updateMany({
    where: { leaseOwner: runId, status: 'sending' },
    data: { status: 'pending', leaseOwner: null, leaseUntil: null, attempts: { decrement: 1 } },
  });
}

/** After this many hard bounces in a row an address is marked bounced and never mailed again. */
export const HARD_BOUNCE_LIMIT = 3;

export async function markFailed(id: number, subscriberId: number, error: string, permanent: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.delivery.update({ where: { id }, data: { status: 'failed', lastError: error, leaseOwner: null, leaseUntil: null } });
    if (!permanent) return;
    const { bounceCount } = await tx.subscriber.update({ where: { id: subscriberId }, data: { bounceCount: { increment: 1 } }, select: { bounceCount: true } });
    if (bounceCount >= HARD_BOUNCE_LIMIT) await tx.subscriber.update({ where: { id: subscriberId }, data: { status: 'bounced' } });
  });
}

/** How the edition's deliveries stand, for the summary and for a second run's "nothing to do". */
export async function countDeliveries(digestId: number): Promise<Record<string, number>> {
  const groups = await db.delivery.groupBy({ by: ['status'], where: { digestId }, _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}
