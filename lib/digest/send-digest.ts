import { randomBytes } from 'node:crypto';
import { classifySendError } from '@/lib/mail/smtp-errors';
import { createMailTransport, type MailTransport, type SentMessage } from '@/lib/mail/transport';
import type { DigestContent } from './content';
import {
  claimDeliveries,
  countDeliveries,
  enqueueDeliveries,
  ensureDigest,
  markFailed,
  markRetry,
  markSent,
  markSkipped,
  markSubmitted,
  nextRetryAt,
  releaseClaims,
  type ClaimedDelivery,
} from './deliveries';
import { buildDigestMessage } from './message';
import { createPersonalDigests, type PersonalBatch } from './personal';

export interface SendOptions {
  /** Messages per second at most (0: no limit). */
  rate: number;
  /** Parallel SMTP connections. */
  concurrency: number;
  maxAttempts: number;
  /** First retry delay; doubles with each attempt. */
  retryBaseMs: number;
  /** How long a claimed delivery stays this run's before another run may take it over. */
  leaseMs: number;
  claimBatch: number;
  /** Tries to record a message the SMTP server accepted, before the run stops. */
  recordAttempts: number;
  /** First pause between those tries; doubles with each. */
  recordRetryMs: number;
  transport?: MailTransport;
  signal?: AbortSignal;
  onProgress?: (progress: SendProgress) => void;
}

export interface SendProgress {
  total: number;
  sent: number;
  skipped: number;
  failed: number;
  retried: number;
}

export interface SendSummary extends SendProgress {
  digestKey: string;
  /** Sent by earlier runs of the same edition: not sent again. */
  alreadySent: number;
  /**
   * Handed to the SMTP server by this or an earlier run that could not record the outcome (the
   * database failed, or the process was killed): probably delivered, never sent again.
   */
  unrecorded: number;
  interrupted: boolean;
  failures: Record<string, number>;
  transport: string;
}

export const DEFAULT_SEND_OPTIONS: Omit<SendOptions, 'transport' | 'signal' | 'onProgress'> = {
  rate: 20,
  concurrency: 3,
  maxAttempts: 5,
  retryBaseMs: 30_000,
  leaseMs: 120_000,
  claimBatch: 50,
  recordAttempts: 4,
  recordRetryMs: 500,
};

/**
 * The SMTP server accepted a message but the database would not record it: the run stops, so
 * that nothing more is sent while the database fails, and says which delivery it was.
 */
export class DeliveryNotRecordedError extends Error {
  override name = 'DeliveryNotRecordedError';
}

/**
 * Sends one edition to every confirmed subscriber of its frequency, exactly once each:
 * deliveries are recorded first, claimed under a lease, and marked sent one by one, so a run
 * that is stopped and started again, or two runs at once, never mail anyone twice.
 */
export async function sendDigest(content: DigestContent, options: Partial<SendOptions> = {}): Promise<SendSummary> {
  const settings = { ...DEFAULT_SEND_OPTIONS, ...options };
  const runId = `run-${randomBytes(6).toString('hex')}`;
  const digest = await ensureDigest(content);
  await enqueueDeliveries(digest.id, content.edition.kind);
  const before = await countDeliveries(digest.id);
  const alreadySent = before.sent ?? 0;
  const progress: SendProgress = { total: (before.pending ?? 0) + (before.sending ?? 0), sent: 0, skipped: 0, failed: 0, retried: 0 };
  const failures: Record<string, number> = {};
  const transport = settings.transport ?? createMailTransport({ pool: true, maxConnections: settings.concurrency });
  const pace = createPacer(settings.rate);
  const personal = createPersonalDigests(content);
  settings.onProgress?.({ ...progress });

  const deliver = async (delivery: ClaimedDelivery, batch: PersonalBatch, sentPersonal: number[]) => {
    if (delivery.subscriber.status !== 'confirmed') {
      await markSkipped(delivery.id, `subscriber is ${delivery.subscriber.status}`);
      progress.skipped += 1;
      return;
    }
    await pace();
    // Lost the lease (this run stalled past it and another run took the row): theirs to send.
    if (!(await markSubmitted(delivery.id, runId))) return;
    let sent: SentMessage;
    try {
      sent = await transport.send(buildDigestMessage(batch.contentFor(delivery.subscriber.id) ?? content, delivery.subscriber));
    } catch (error) {
      // Only what the SMTP exchange itself failed with is a bounce or worth a retry.
      const failure = classifySendError(error);
      if (failure.kind === 'temporary' && delivery.attempts < settings.maxAttempts) {
        const delay = settings.retryBaseMs * 2 ** (delivery.attempts - 1);
        await markRetry(delivery.id, failure.message, new Date(Date.now() + delay));
        progress.retried += 1;
      } else {
        await markFailed(delivery.id, delivery.subscriber.id, failure.message, failure.kind === 'permanent');
        progress.failed += 1;
        const reason = failure.message.slice(0, 80);
        failures[reason] = (failures[reason] ?? 0) + 1;
      }
      settings.onProgress?.({ ...progress });
      return;
    }
    // From here the message is out. Failing to record it is not a failed send: no bounce, no
    // retry; the row stays "submitted", which no run sends again.
    await recordSent(delivery.id, sent.messageId, settings, content.edition.key);
    if (batch.contentFor(delivery.subscriber.id)) sentPersonal.push(delivery.subscriber.id);
    progress.sent += 1;
    settings.onProgress?.({ ...progress });
  };

  let interrupted = false;
  let fatal: unknown = null;
  const stopped = () => settings.signal?.aborted === true || fatal !== null;
  const deliverOrStop = (batch: PersonalBatch, sentPersonal: number[]) => (delivery: ClaimedDelivery) =>
    deliver(delivery, batch, sentPersonal).catch((error: unknown) => {
      fatal ??= error;
    });
  // Claims go forward from the last id taken; other runs' expired leases are freed now and then
  // (every quarter lease), and always before the run concludes there is nothing left.
  let afterId = 0;
  let freedAt = 0;
  const claimNext = async (): Promise<ClaimedDelivery[]> => {
    const now = new Date();
    const freeExpired = now.getTime() - freedAt >= settings.leaseMs / 4;
    if (freeExpired) freedAt = now.getTime();
    let claimed = await claimDeliveries(digest.id, runId, settings.claimBatch, settings.leaseMs, now, { afterId, freeExpired });
    // Past the end: rows behind the cursor (retries now due, rows freed from a dead run).
    if (claimed.length === 0 && (afterId > 0 || !freeExpired)) {
      freedAt = now.getTime();
      claimed = await claimDeliveries(digest.id, runId, settings.claimBatch, settings.leaseMs, now, { afterId: 0, freeExpired: true });
    }
    afterId = claimed.at(-1)?.id ?? 0;
    return claimed;
  };
  // A batch: claimed rows and their personal copies, made with a few queries for all of them.
  const claimBatch = async (): Promise<{ claimed: ClaimedDelivery[]; batch: PersonalBatch }> => {
    const claimed = await claimNext();
    return { claimed, batch: await personal.prepareBatch(claimed.map((delivery) => delivery.subscriber)) };
  };
  let upcoming: Promise<Awaited<ReturnType<typeof claimBatch>>> | null = null;
  /** Waits for the batch being claimed in the background, whatever became of it. */
  const settleUpcoming = async () => {
    await upcoming?.catch(() => undefined);
    upcoming = null;
  };
  try {
    for (;;) {
      if (settings.signal?.aborted) {
        interrupted = true;
        break;
      }
      const current = await (upcoming ?? claimBatch()).catch(async (error: unknown) => {
        await releaseClaims(runId).catch(() => undefined);
        throw error;
      });
      upcoming = null;
      if (current.claimed.length === 0) {
        // Nothing due now: wait for the earliest retry, or finish when none is left.
        const retryAt = await nextRetryAt(digest.id);
        if (!retryAt) break;
        await waitUntil(retryAt, settings.signal);
        continue;
      }
      // The next batch is claimed and prepared while this one is sent, so the SMTP connections
      // never stand idle between batches. Its rows are this run's under the same lease.
      upcoming = claimBatch();
      upcoming.catch(() => undefined);
      const sentPersonal: number[] = [];
      await runPool(current.claimed, settings.concurrency, deliverOrStop(current.batch, sentPersonal), stopped);
      // What the personal copies showed is never suggested to those readers again.
      await current.batch.recordSent(sentPersonal).catch((error: unknown) => {
        fatal ??= error;
      });
      if (fatal !== null) {
        // Claimed rows not handed to the SMTP server yet (this batch's and the next's) are safe
        // to send later; their lease frees them anyway if the database refuses this too.
        await settleUpcoming();
        await releaseClaims(runId).catch(() => undefined);
        throw fatal;
      }
      // Rows not reached because of an interruption go back to the queue.
      if (settings.signal?.aborted) {
        await settleUpcoming();
        await releaseClaims(runId);
      }
    }
  } finally {
    if (!settings.transport) transport.close();
  }
  const after = await countDeliveries(digest.id);
  return {
    ...progress,
    digestKey: content.edition.key,
    alreadySent,
    unrecorded: after.submitted ?? 0,
    interrupted,
    failures,
    transport: transport.describe(),
  };
}

/** Marks a delivery sent, trying again with backoff; a DeliveryNotRecordedError if it cannot. */
async function recordSent(id: number, messageId: string, settings: Pick<SendOptions, 'recordAttempts' | 'recordRetryMs'>, digestKey: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await markSent(id, messageId);
      return;
    } catch (error) {
      if (attempt >= settings.recordAttempts) {
        throw new DeliveryNotRecordedError(
          `Digest ${digestKey}: delivery ${id} (Message-ID ${messageId}) was accepted by the SMTP server but could not be recorded as sent ` +
            `after ${attempt} tries. It stays "submitted" and will not be sent again; the run stopped so that nothing more is sent until the database works.`,
          { cause: error },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, settings.recordRetryMs * 2 ** (attempt - 1)));
    }
  }
}

async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>, stopped: () => boolean): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stopped()) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

/** Spaces sends to at most `rate` per second across all workers. */
function createPacer(rate: number): () => Promise<void> {
  if (rate <= 0) return async () => {};
  const interval = 1000 / rate;
  let nextSlot = Date.now();
  return async () => {
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + interval;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  };
}

function waitUntil(at: Date, signal?: AbortSignal): Promise<void> {
  const delay = Math.max(0, at.getTime() - Date.now());
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, delay);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
