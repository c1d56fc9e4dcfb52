import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedDay } from '@/lib/dates/feed-day';
import { db } from '@/lib/db';
import { loadDigestContent } from '@/lib/digest/content';
import { dailyEdition } from '@/lib/digest/edition';
import { sendDigest, type SendOptions } from '@/lib/digest/send-digest';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { createSubscribers } from '../factories/subscriber-factory';
import { setUpSmtpSink, transportTo } from '../support/mail';
import { resetDatabase } from '../support/reset-database';
import { testEngine } from '../support/test-database';

// Exactly-once across a database fault: once the SMTP server has said "250 OK" the message is
// out, whatever the database does next (docs/decisions/004 and 012).
const DAY = '2025-09-04' as FeedDay;

const sink = setUpSmtpSink();
beforeEach(async () => {
  await resetDatabase();
  await savePapers([buildListedPaper(DAY, 1, { title: 'The one paper of the day' })]);
});

/** One run over a real SMTP connection to the sink, as the CLI sends. */
async function run(options: Partial<SendOptions> = {}) {
  const transport = transportTo(sink, true);
  try {
    return await sendDigest(await loadDigestContent(dailyEdition(DAY), 10), { transport, rate: 0, retryBaseMs: 20, concurrency: 2, ...options });
  } finally {
    transport.close();
  }
}

/** A database that refuses to record any delivery as sent (say, a full disk), installed for one test. */
async function refuseToRecordSent(): Promise<() => Promise<void>> {
  if (testEngine() === 'sqlite') {
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_sent BEFORE UPDATE ON "Delivery" WHEN NEW."status" = 'sent' BEGIN SELECT RAISE(ABORT, 'injected fault: database or disk is full'); END`);
    return async () => {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_sent');
    };
  }
  await db.$executeRawUnsafe(`CREATE FUNCTION refuse_sent() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault: could not extend file'; END $$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER refuse_sent BEFORE UPDATE ON "Delivery" FOR EACH ROW WHEN (NEW."status" = 'sent') EXECUTE FUNCTION refuse_sent()`);
  return async () => {
    await db.$executeRawUnsafe('DROP TRIGGER refuse_sent ON "Delivery"');
    await db.$executeRawUnsafe('DROP FUNCTION refuse_sent()');
  };
}

describe('a database fault after the SMTP server accepted a digest', () => {
  it('is neither a bounce nor a reason to send again: the run stops loudly, and no later run resends', async () => {
    await createSubscribers(3);
    const removeFault = await refuseToRecordSent();
    let outcome: unknown;
    try {
      outcome = await run({ concurrency: 1, recordAttempts: 2, recordRetryMs: 1 }).then(
        (summary) => summary,
        (error: unknown) => error,
      );
    } finally {
      await removeFault();
    }
    const reader = await db.subscriber.findUniqueOrThrow({ where: { email: 'reader1@example.com' } });
    expect(reader).toMatchObject({ status: 'confirmed', bounceCount: 0 });
    // The first reader got the digest; the run stopped there instead of mailing on blind.
    expect(sink.to('reader1@example.com')).toHaveLength(1);
    expect(sink.messages).toHaveLength(1);
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toMatch(/accepted by the SMTP server but could not be recorded/);

    // The next run, even once every lease has run out, sends the others and not reader1 again.
    await db.delivery.updateMany({ data: { leaseUntil: new Date(Date.now() - 1000) } });
    const next = await run();
    expect(next).toMatchObject({ sent: 2, failed: 0, unrecorded: 1 });
    expect(sink.to('reader1@example.com')).toHaveLength(1);
    expect(sink.messages).toHaveLength(3);
    expect(await run()).toMatchObject({ sent: 0, unrecorded: 1 });
    expect(sink.messages).toHaveLength(3);
  }, 60_000); // three runs; each several seconds on a busy shared machine
});
