import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { confirmSubscription, inspectConfirmToken } from '@/lib/subscribers/confirm';
import { getPreferences, unsubscribe, updateFrequency } from '@/lib/subscribers/manage';
import { CONFIRMATIONS_PER_HOUR, subscribe } from '@/lib/subscribers/subscribe';
import { createManageToken, hashToken } from '@/lib/subscribers/tokens';
import { linkIn, tokenOf, transportTo, setUpSmtpSink } from '../support/mail';
import { resetDatabase } from '../support/reset-database';

const sink = setUpSmtpSink();
beforeEach(async () => {
  await resetDatabase();
});

const send = (email: string, now?: Date) => subscribe(email, { transport: transportTo(sink), now });

async function confirmationToken(email: string): Promise<string> {
  const message = sink.to(email).at(-1);
  return tokenOf(linkIn(message?.parsed.text, '/confirm?token='));
}

describe('subscribe (double opt-in)', () => {
  it('stores a pending subscriber and sends a confirmation link whose token is stored only hashed', async () => {
    expect(await send('  Ada@Example.COM ')).toBe('confirmation-sent');
    const [row] = await db.subscriber.findMany();
    expect(row).toMatchObject({ email: 'ada@example.com', status: 'pending', confirmedAt: null });
    const [message] = sink.to('ada@example.com');
    expect(message?.parsed.subject).toBe('Confirm your Daily Papers subscription');
    expect(message?.parsed.html).toContain('Confirm my subscription');
    const token = await confirmationToken('ada@example.com');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row?.confirmTokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('confirms on POST only; the link itself changes nothing', async () => {
    await send('ada@example.com');
    const token = await confirmationToken('ada@example.com');
    expect(await inspectConfirmToken(token)).toBe('valid');
    expect((await db.subscriber.findFirstOrThrow()).status).toBe('pending');

    const first = await confirmSubscription(token);
    expect(first.state).toBe('confirmed');
    expect(first.manageToken).toBeTruthy();
    expect((await db.subscriber.findFirstOrThrow()).status).toBe('confirmed');
  });

  it('a used confirmation link is spent: replaying it confirms nothing and hands out no manage token', async () => {
    await send('ada@example.com');
    const token = await confirmationToken('ada@example.com');
    expect((await confirmSubscription(token)).state).toBe('confirmed');

    expect(await confirmSubscription(token)).toEqual({ state: 'invalid', manageToken: null });
    expect(await inspectConfirmToken(token)).toBe('invalid');
    const row = await db.subscriber.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'confirmed', confirmTokenHash: null, confirmTokenExpiresAt: null });
  });

  it('rejects expired, malformed and unknown tokens', async () => {
    await send('ada@example.com', new Date('2025-09-01T00:00:00Z'));
    const token = await confirmationToken('ada@example.com');
    expect((await confirmSubscription(token, new Date('2025-09-03T00:00:01Z'))).state).toBe('expired');
    expect((await confirmSubscription('not a token')).state).toBe('invalid');
    expect((await confirmSubscription('A'.repeat(43))).state).toBe('invalid');
    expect((await confirmSubscription(`${token}x`)).state).toBe('invalid');
    expect((await db.subscriber.findFirstOrThrow()).status).toBe('pending');
  });

  it('a pending address asking again gets a fresh link (the old one stops working), a few times an hour at most', async () => {
    const now = new Date('2025-09-04T10:00:00Z');
    await send('ada@example.com', now);
    const old = await confirmationToken('ada@example.com');
    await send('ada@example.com', now);
    const fresh = await confirmationToken('ada@example.com');
    expect(fresh).not.toBe(old);
    expect(await inspectConfirmToken(old)).toBe('invalid');

    for (let i = 2; i < CONFIRMATIONS_PER_HOUR + 3; i += 1) await send('ada@example.com', now);
    expect(sink.to('ada@example.com')).toHaveLength(CONFIRMATIONS_PER_HOUR);
    expect(await send('ada@example.com', now)).toBe('rate-limited');
    // An hour later the address may ask again.
    expect(await send('ada@example.com', new Date('2025-09-04T11:00:01Z'))).toBe('confirmation-sent');
    expect(await db.subscriber.count()).toBe(1);
  });

  it('sends an already confirmed address its manage links, not a new link, and keeps one confirmed row', async () => {
    await send('ada@example.com');
    await confirmSubscription(await confirmationToken('ada@example.com'));
    expect(await send('ADA@example.com')).toBe('already-confirmed');
    const notice = sink.to('ada@example.com').at(-1)?.parsed;
    expect(notice?.subject).toBe('Your Daily Papers subscription');
    expect(await getPreferences(tokenOf(linkIn(notice?.text, '/preferences?token=')))).toEqual({ status: 'confirmed', frequency: 'daily' });
    expect(await db.subscriber.findMany({ select: { status: true } })).toEqual([{ status: 'confirmed' }]);
  });

  it('survives concurrent retries of the same address', async () => {
    await Promise.all(Array.from({ length: 5 }, () => send('race@example.com')));
    expect(await db.subscriber.count({ where: { email: 'race@example.com' } })).toBe(1);
  });

  it('refuses invalid and header-injection addresses and stores nothing', async () => {
    await expect(send('not-an-address')).rejects.toThrow(/@/);
    await expect(send('a@b.co\r\nBcc: x@y.z')).rejects.toThrow(/line breaks/);
    expect(await db.subscriber.count()).toBe(0);
    expect(sink.messages).toHaveLength(0);
  });
});

describe('preferences and unsubscribe by signed token', () => {
  async function confirmed(email: string) {
    await send(email);
    const { manageToken } = await confirmSubscription(await confirmationToken(email));
    return manageToken ?? '';
  }

  it('changes the frequency, unsubscribes for good, and needs a new confirmation to come back', async () => {
    const token = await confirmed('ada@example.com');
    expect(await getPreferences(token)).toEqual({ status: 'confirmed', frequency: 'daily' });
    expect(await updateFrequency(token, 'weekly')).toBe('updated');
    expect(await getPreferences(token)).toEqual({ status: 'confirmed', frequency: 'weekly' });

    expect(await unsubscribe(token)).toBe('unsubscribed');
    expect(await unsubscribe(token)).toBe('already-unsubscribed');
    expect(await updateFrequency(token, 'daily')).toBe('not-subscribed');

    // Subscribing again sends a new confirmation; until it is used, the address stays off the list.
    expect(await send('ada@example.com')).toBe('confirmation-sent');
    expect((await db.subscriber.findFirstOrThrow()).status).toBe('pending');
  });

  it('rejects tampered tokens and tokens of another subscriber', async () => {
    const ada = await confirmed('ada@example.com');
    const bob = await confirmed('bob@example.com');
    const bobRow = await db.subscriber.findUniqueOrThrow({ where: { email: 'bob@example.com' } });
    const [, adaSignature] = ada.split('.');
    expect(await unsubscribe(`${bobRow.id}.${adaSignature}`)).toBe('invalid');
    expect(await unsubscribe(`${ada}x`)).toBe('invalid');
    expect(await unsubscribe('12.abc')).toBe('invalid');
    expect(await unsubscribe('')).toBe('invalid');
    expect(await getPreferences(createManageToken(bobRow.id, 'some-other-key'))).toBeNull();
    expect(await getPreferences(bob)).toEqual({ status: 'confirmed', frequency: 'daily' });
  });
});
