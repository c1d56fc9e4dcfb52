import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getReader } from '@/lib/accounts/reader';
import { requestSignInLink, verifySignInLink } from '@/lib/accounts/sign-in';
import { chooseUsername } from '@/lib/accounts/username';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { linkIn, setUpSmtpSink } from '../support/mail';
import { resetDatabase } from '../support/reset-database';

const sink = setUpSmtpSink();
beforeAll(() => {
  process.env.SMTP_URL = sink.url;
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
});

const browser = () => new Headers({ origin: 'http://127.0.0.1:3000', 'user-agent': 'test' });

async function linkFor(email: string): Promise<URL> {
  const message = sink.to(email).at(-1);
  return new URL(linkIn(message?.parsed.text, '/signin/confirm?token='));
}

function cookieOf(setCookies: string[]): Headers {
  return new Headers({ cookie: setCookies.map((line) => line.split(';', 1)[0]).join('; ') });
}

describe('sign-in by emailed link', () => {
  it('mails a single-use link whose token is stored only hashed, and signs in with one POST', async () => {
    expect(await requestSignInLink(' Ada@Example.com ', '/papers/date/2025-09-04', '127.0.0.1', browser())).toEqual({ status: 'sent' });
    const link = await linkFor('ada@example.com');
    const token = link.searchParams.get('token') ?? '';
    expect(link.searchParams.get('next')).toBe('/papers/date/2025-09-04');
    const stored = await db.verification.findMany();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    // Nothing is signed in by opening the link: the account exists only after the POST.
    expect(await db.user.count()).toBe(0);

    const result = await verifySignInLink(token, link.searchParams.get('next'), browser());
    expect(result.status).toBe('signed-in');
    if (result.status !== 'signed-in') return;
    expect(result.needsUsername).toBe(true);
    expect(result.next).toBe('/papers/date/2025-09-04');
    const session = result.setCookies.find((line) => line.startsWith('dp.session_token='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);

    const reader = await getReader(cookieOf(result.setCookies));
    expect(reader).toMatchObject({ email: 'ada@example.com', username: null, role: 'reader' });
    expect(await chooseUsername(reader!.id, 'Ada_L')).toEqual({ status: 'chosen', username: 'ada_l' });

    // Used once: the same link again signs nobody in.
    expect((await verifySignInLink(token, '/', browser())).status).toBe('invalid');
  });

  it('answers the same for a new and a known address, and refuses a malformed one', async () => {
    expect(await requestSignInLink('new@example.com', '/', '127.0.0.1', browser())).toEqual({ status: 'sent' });
    expect(await requestSignInLink('new@example.com', '/', '127.0.0.1', browser())).toEqual({ status: 'sent' });
    expect((await requestSignInLink('not an address', '/', '127.0.0.1', browser())).status).toBe('invalid');
  });

  it('rotates the session on every sign-in and refuses a suspended account', async () => {
    await requestSignInLink('bo@example.com', '/', '127.0.0.1', browser());
    const first = await verifySignInLink((await linkFor('bo@example.com')).searchParams.get('token'), '/', browser());
    await requestSignInLink('bo@example.com', '/', '127.0.0.1', browser());
    const second = await verifySignInLink((await linkFor('bo@example.com')).searchParams.get('token'), '/', browser());
    if (first.status !== 'signed-in' || second.status !== 'signed-in') throw new Error('not signed in');
    expect(cookieOf(first.setCookies).get('cookie')).not.toBe(cookieOf(second.setCookies).get('cookie'));
    await db.user.update({ where: { email: 'bo@example.com' }, data: { suspendedAt: new Date() } });
    await requestSignInLink('bo@example.com', '/', '127.0.0.1', browser());
    expect((await verifySignInLink((await linkFor('bo@example.com')).searchParams.get('token'), '/', browser())).status).toBe('suspended');
  });
});
