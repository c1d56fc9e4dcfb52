import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedDay } from '@/lib/dates/feed-day';
import { db } from '@/lib/db';
import { loadDigestContent } from '@/lib/digest/content';
import { dailyEdition, weeklyEdition } from '@/lib/digest/edition';
import { sendDigest, type SendOptions } from '@/lib/digest/send-digest';
import { unsubscribe } from '@/lib/subscribers/manage';
import { loadSeedDays } from '@/lib/seed/load-seed-days';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { createSubscribers } from '../factories/subscriber-factory';
import { linkIn, tokenOf, transportTo, setUpSmtpSink } from '../support/mail';
import { resetDatabase } from '../support/reset-database';

const SEED_FOLDER = path.resolve(import.meta.dirname, '../../prisma/seed');
const SEP_4 = '2025-09-04' as FeedDay;

const sink = setUpSmtpSink();
beforeEach(async () => {
  await resetDatabase();
  await loadSeedDays(SEED_FOLDER);
});

const fast: Partial<SendOptions> = { rate: 0, retryBaseMs: 20, concurrency: 2 };
/** One run over a pooled connection, as the CLI sends; closed after, so the sink can shut down at once. */
async function run(options: Partial<SendOptions> = {}) {
  const transport = transportTo(sink, true);
  try {
    return await sendDigest(await loadDigestContent(dailyEdition(SEP_4), 10), { transport, ...fast, ...options });
  } finally {
    transport.close();
  }
}

function countPerRecipient(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of sink.messages) for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

describe('digest content', () => {
  it('takes the day in order, names the date and the top paper in the subject', async () => {
    const content = await loadDigestContent(dailyEdition(SEP_4), 10);
    expect(content.papers).toHaveLength(10);
    expect(content.total).toBe(54);
    expect(content.subject).toBe('Daily Papers, Thu Sep 4: StyledStreets: Multi-style Street Simulator with Spatial and Temporal… and 9 more');
    expect(content.papers[0]?.excerpt.length).toBeLessThanOrEqual(281);
  });

  it('a weekly edition takes the most upvoted papers of the ISO week', async () => {
    await savePapers([
      buildListedPaper('2025-09-01', 1, { title: 'Monday hit', upvotes: 90 }),
      buildListedPaper('2025-09-07', 1, { title: 'Sunday hit', upvotes: 50 }),
      buildListedPaper('2025-09-08', 1, { title: 'Next week', upvotes: 999 }),
    ]);
    const content = await loadDigestContent(weeklyEdition(SEP_4), 3);
    expect(content.edition.key).toBe('weekly:2025-W36');
    expect(content.papers.map((paper) => paper.title)).toEqual(['Monday hit', 'Sunday hit', expect.stringMatching(/^StyledStreets/)]);
    expect(content.total).toBe(56);
  });
});

describe('sending', () => {
  it('mails each confirmed daily subscriber exactly once, with both parts and one-click unsubscribe headers', async () => {
    const readers = await createSubscribers(5);
    await createSubscribers(2, { status: 'pending', prefix: 'pending' });
    await createSubscribers(2, { status: 'unsubscribed', prefix: 'gone' });
    await createSubscribers(2, { frequency: 'weekly', prefix: 'weekly' });

    const summary = await run();
    expect(summary).toMatchObject({ sent: 5, failed: 0, skipped: 0, alreadySent: 0 });
    expect([...countPerRecipient().keys()].sort()).toEqual([...readers].sort());
    expect([...countPerRecipient().values()].every((count) => count === 1)).toBe(true);

    const message = sink.to('reader1@example.com')[0];
    expect(message?.parsed.subject).toMatch(/^Daily Papers, Thu Sep 4: StyledStreets/);
    expect(message?.parsed.text).toContain('1. StyledStreets');
    expect(message?.parsed.html).toContain('Unified Embedding: Battle-Tested Feature Representations');
    const unsubscribeUrl = linkIn(message?.parsed.text, '/unsubscribe?token=');
    // mailparser folds the List-* headers into one "list" entry.
    expect(message?.parsed.headers.get('list')).toMatchObject({ unsubscribe: { url: unsubscribeUrl } });
    expect(message?.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(message?.raw.match(/^List-Unsubscribe:/gm)).toHaveLength(1);

    // The link in the message unsubscribes exactly that reader.
    expect(await unsubscribe(tokenOf(unsubscribeUrl))).toBe('unsubscribed');
    expect((await db.subscriber.findUniqueOrThrow({ where: { email: 'reader1@example.com' } })).status).toBe('unsubscribed');
  });

  it('a second run sends nothing; a reader who confirmed in between gets it then', async () => {
    await createSubscribers(3);
    await run();
    const second = await run();
    expect(second).toMatchObject({ sent: 0, alreadySent: 3 });
    await createSubscribers(1, { prefix: 'late' });
    expect(await run()).toMatchObject({ sent: 1, alreadySent: 3 });
    expect(sink.messages).toHaveLength(4);
  });

  it('weekly subscribers get only the weekly edition', async () => {
    await createSubscribers(2, { prefix: 'daily' });
    await createSubscribers(2, { frequency: 'weekly', prefix: 'weekly' });
    const summary = await sendDigest(await loadDigestContent(weeklyEdition(SEP_4), 10), { transport: transportTo(sink), ...fast });
    expect(summary.sent).toBe(2);
    expect([...countPerRecipient().keys()].sort()).toEqual(['weekly1@example.com', 'weekly2@example.com']);
  });

  it('records a 5xx refusal, goes on with the others, and marks an address that keeps bouncing', async () => {
    await createSubscribers(4);
    sink.refuse('reader2@example.com', 550);
    const summary = await run();
    expect(summary).toMatchObject({ sent: 3, failed: 1 });
    const failed = await db.delivery.findFirstOrThrow({ where: { status: 'failed' }, include: { subscriber: true } });
    expect(failed.subscriber.email).toBe('reader2@example.com');
    expect(failed.lastError).toMatch(/550/);
    expect(failed.subscriber.bounceCount).toBe(1);

    // Two more editions bounce too: the address is then marked and skipped from then on.
    for (const day of ['2025-09-05', '2025-09-06']) {
      await savePapers([buildListedPaper(day, 1)]);
      await sendDigest(await loadDigestContent(dailyEdition(day as FeedDay), 10), { transport: transportTo(sink), ...fast });
    }
    expect((await db.subscriber.findUniqueOrThrow({ where: { email: 'reader2@example.com' } })).status).toBe('bounced');
  });

  it('retries a 4xx refusal with backoff and delivers once the server accepts', async () => {
    await createSubscribers(2);
    sink.refuse('reader1@example.com', 451, 2);
    const summary = await run();
    expect(summary).toMatchObject({ sent: 2, failed: 0, retried: 2 });
    expect(sink.to('reader1@example.com')).toHaveLength(1);
    const delivery = await db.delivery.findFirstOrThrow({ where: { subscriber: { email: 'reader1@example.com' } } });
    expect(delivery.attempts).toBe(3);
  });

  it('a retry behind the run’s claims is still delivered once it falls due', async () => {
    // Claims move forward from the last id taken (decision 028); reader1's retry sits behind.
    await createSubscribers(12);
    sink.refuse('reader1@example.com', 451, 1);
    expect(await run({ claimBatch: 3 })).toMatchObject({ sent: 12, failed: 0, retried: 1 });
    expect(sink.to('reader1@example.com')).toHaveLength(1);
    expect(sink.messages).toHaveLength(12);
  });

  it('gives up on a 4xx after the last attempt', async () => {
    await createSubscribers(1);
    sink.refuse('reader1@example.com', 421);
    expect(await run({ maxAttempts: 3 })).toMatchObject({ sent: 0, failed: 1, retried: 2 });
  });

  it('an interrupted run, started again, completes without sending anyone twice', async () => {
    await createSubscribers(12);
    const controller = new AbortController();
    const first = await run({
      concurrency: 1,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.sent === 4) controller.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    expect(first.sent).toBeGreaterThanOrEqual(4);
    expect(first.sent).toBeLessThan(12);

    const second = await run();
    expect(second.sent + first.sent).toBe(12);
    expect(sink.messages).toHaveLength(12);
    expect([...countPerRecipient().values()].every((count) => count === 1)).toBe(true);
  });

  it('a run that died holding deliveries: another run takes them over once the lease expires', async () => {
    await createSubscribers(3);
    const content = await loadDigestContent(dailyEdition(SEP_4), 10);
    await sendDigest(content, { transport: transportTo(sink), ...fast, signal: AbortSignal.abort() });
    // Simulate a crash after claiming: rows left "sending" with an expired lease.
    await db.delivery.updateMany({ data: { status: 'sending', leaseOwner: 'dead-run', leaseUntil: new Date(Date.now() - 1000) } });
    expect(await run()).toMatchObject({ sent: 3 });
    expect(sink.messages).toHaveLength(3);
  });

  it('two runs at once never mail anyone twice', async () => {
    await createSubscribers(30);
    const [a, b] = await Promise.all([run({ claimBatch: 5 }), run({ claimBatch: 5 })]);
    expect(a.sent + b.sent).toBe(30);
    expect(sink.messages).toHaveLength(30);
    expect(new Set(sink.messages.flatMap((message) => message.to)).size).toBe(30);
  });

  it('skips a reader who unsubscribed after the run started queueing', async () => {
    await createSubscribers(2);
    const content = await loadDigestContent(dailyEdition(SEP_4), 10);
    const summary = await sendDigest(content, {
      transport: transportTo(sink),
      ...fast,
      concurrency: 1,
      claimBatch: 1,
      onProgress: (progress) => {
        if (progress.sent === 1) void db.subscriber.update({ where: { email: 'reader2@example.com' }, data: { status: 'unsubscribed' } });
      },
    });
    expect(summary.sent + summary.skipped).toBe(2);
    expect(sink.to('reader2@example.com').length + summary.skipped).toBe(1);
  });
});
