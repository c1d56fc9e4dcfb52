import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { confirmSubscription } from '@/lib/subscribers/confirm';
import { subscribe } from '@/lib/subscribers/subscribe';
import { answerSubscribeForm } from '@/lib/subscribers/subscribe-form';
import { linkIn, setUpSmtpSink, SmtpSink, tokenOf, transportTo } from '../support/mail';
import { resetDatabase } from '../support/reset-database';
import { testEngine } from '../support/test-database';

// Whether an address is subscribed must not show in what the sign-up form does: the same answer,
// and the same work behind it (a counted request, a subscriber write, one mail), for every address.
const sink = setUpSmtpSink();
beforeEach(async () => {
  await resetDatabase();
});

async function confirmed(email: string): Promise<void> {
  await subscribe(email, { transport: transportTo(sink) });
  const link = linkIn(sink.to(email).at(-1)?.parsed.text, '/confirm?token=');
  expect((await confirmSubscription(tokenOf(link))).state).toBe('confirmed');
  sink.reset();
  await db.rateLimitBucket.deleteMany();
}

/** An SMTP server that is down: it listened once, so nothing else holds its port. */
async function downSmtpServer(): Promise<SmtpSink> {
  const down = new SmtpSink();
  await down.listen();
  await down.close();
  return down;
}

/** What each request counted against its address: one row per address, one hit each. */
async function addressLimitHits(): Promise<number[]> {
  const rows = await db.rateLimitBucket.findMany({ where: { key: { startsWith: 'confirm:' } }, select: { count: true } });
  return rows.map((row) => row.count);
}

describe('subscribing a confirmed address looks like subscribing a new one', () => {
  it('each gets one mail and one counted request; the confirmed one is told it is subscribed and how to manage it', async () => {
    await confirmed('known@example.com');
    const transport = transportTo(sink);
    const outcomes = [await subscribe('known@example.com', { transport }), await subscribe('new@example.com', { transport })];

    expect(sink.to('known@example.com')).toHaveLength(1);
    expect(sink.to('new@example.com')).toHaveLength(1);
    expect(await addressLimitHits()).toEqual([1, 1]);

    const notice = sink.to('known@example.com')[0]?.parsed;
    expect(notice?.subject).toBe('Your Daily Papers subscription');
    expect(notice?.text).toContain('already subscribed');
    expect(linkIn(notice?.text, '/preferences?token=')).toBeTruthy();
    expect(notice?.text).not.toContain('/confirm?token=');
    expect(outcomes).toEqual(['already-confirmed', 'confirmation-sent']);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email: 'known@example.com' } })).status).toBe('confirmed');
  });

  it('during an SMTP outage both fail the same way, after the same counted request', async () => {
    await confirmed('known@example.com');
    const down = transportTo(await downSmtpServer());
    const errors = await Promise.all(
      ['known@example.com', 'new@example.com'].map((email) => subscribe(email, { transport: down }).then(() => null, (error: unknown) => error)),
    );
    expect(errors.map((error) => (error instanceof Error ? error.message : error))).toEqual([
      'The email about this subscription could not be sent',
      'The email about this subscription could not be sent',
    ]);
    expect(await addressLimitHits()).toEqual([1, 1]);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email: 'known@example.com' } })).status).toBe('confirmed');
  });

  it('a confirmed address is held to the same per-address limit as any other', async () => {
    await confirmed('known@example.com');
    const transport = transportTo(sink);
    for (let i = 0; i < 5; i += 1) {
      await subscribe('known@example.com', { transport });
      await subscribe('new@example.com', { transport });
    }
    expect(sink.to('known@example.com')).toHaveLength(sink.to('new@example.com').length);
    expect(await addressLimitHits()).toEqual([5, 5]);
  });
});

describe('the sign-up form answers a confirmed and a new address alike', () => {
  const fill = (email: string) => {
    const form = new FormData();
    form.append('email', email);
    form.append('website', '');
    return form;
  };
  const answer = (email: string, transport: ReturnType<typeof transportTo>) =>
    answerSubscribeForm(fill(email), () => Promise.resolve('198.51.100.7'), { transport });

  it('with the mail server up: the same success, and a mail to each', async () => {
    await confirmed('known@example.com');
    const transport = transportTo(sink);
    const [known, unknown] = [await answer('known@example.com', transport), await answer('new@example.com', transport)];
    expect(known).toEqual(unknown);
    expect(known.status).toBe('success');
    expect([sink.to('known@example.com').length, sink.to('new@example.com').length]).toEqual([1, 1]);
  });

  it('with the mail server down: the same error, keeping what each typed', async () => {
    await confirmed('known@example.com');
    const down = transportTo(await downSmtpServer());
    const [known, unknown] = [await answer('known@example.com', down), await answer('new@example.com', down)];
    expect(known).toMatchObject({ status: 'error', message: unknown.message, values: { email: 'known@example.com' } });
    expect(unknown).toMatchObject({ status: 'error', values: { email: 'new@example.com' } });
    expect(unknown.message).toMatch(/could not send/);
  });
});

/**
 * Confirms `email` the moment subscribe() counts its request against the rate limit, that is,
 * between reading the subscriber and writing it: the interleaving of a confirmation POST that
 * lands while the same address is being subscribed again.
 */
async function confirmDuringTheLimitWrite(email: string): Promise<() => Promise<void>> {
  const confirm = `UPDATE "Subscriber" SET "status" = 'confirmed', "confirmTokenHash" = NULL WHERE "email" = '${email}'`;
  if (testEngine() === 'sqlite') {
    for (const event of ['INSERT', 'UPDATE']) {
      await db.$executeRawUnsafe(`CREATE TRIGGER confirm_on_limit_${event} AFTER ${event} ON "RateLimitBucket" BEGIN ${confirm}; END`);
    }
    return async () => {
      for (const event of ['INSERT', 'UPDATE']) await db.$executeRawUnsafe(`DROP TRIGGER confirm_on_limit_${event}`);
    };
  }
  await db.$executeRawUnsafe(`CREATE FUNCTION confirm_on_limit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${confirm}; RETURN NULL; END $$`);
  await db.$executeRawUnsafe('CREATE TRIGGER confirm_on_limit AFTER INSERT OR UPDATE ON "RateLimitBucket" FOR EACH ROW EXECUTE FUNCTION confirm_on_limit()');
  return async () => {
    await db.$executeRawUnsafe('DROP TRIGGER confirm_on_limit ON "RateLimitBucket"');
    await db.$executeRawUnsafe('DROP FUNCTION confirm_on_limit()');
  };
}

describe('a confirmation racing a new sign-up of the same address', () => {
  it('is never undone: the subscriber stays confirmed and is told so', async () => {
    const transport = transportTo(sink);
    await subscribe('ada@example.com', { transport });
    const removeTrigger = await confirmDuringTheLimitWrite('ada@example.com');
    try {
      await subscribe('ada@example.com', { transport });
    } finally {
      await removeTrigger();
    }
    const row = await db.subscriber.findUniqueOrThrow({ where: { email: 'ada@example.com' } });
    expect(row.status).toBe('confirmed');
    expect(row.confirmTokenHash).toBeNull();
    expect(sink.to('ada@example.com').at(-1)?.parsed.subject).toBe('Your Daily Papers subscription');
  });

  it('many sign-ups and one confirmation at once leave the subscriber confirmed', async () => {
    const transport = transportTo(sink);
    await subscribe('ada@example.com', { transport });
    const token = tokenOf(linkIn(sink.to('ada@example.com').at(-1)?.parsed.text, '/confirm?token='));
    await db.rateLimitBucket.deleteMany();
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => subscribe('ada@example.com', { transport }).catch(() => null)),
      confirmSubscription(token),
      ...Array.from({ length: 4 }, () => subscribe('ada@example.com', { transport }).catch(() => null)),
    ]);
    // The confirmation may lose to a sign-up that replaced its link first; if it won, it stands.
    const confirmedNow = results.some((result) => typeof result === 'object' && result?.state === 'confirmed');
    const row = await db.subscriber.findUniqueOrThrow({ where: { email: 'ada@example.com' } });
    expect(row.status).toBe(confirmedNow ? 'confirmed' : 'pending');
    expect(await db.subscriber.count()).toBe(1);
  });
});
