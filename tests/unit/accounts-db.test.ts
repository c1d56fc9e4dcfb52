import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteAccount } from '@/lib/accounts/delete-account';
import { confirmEmailChange, peekEmailChange, requestEmailChange } from '@/lib/accounts/email-change';
import { getReader, type Reader } from '@/lib/accounts/reader';
import { endOtherSessions, endSession, listSessions } from '@/lib/accounts/sessions';
import { peekSignInLink, requestSignInLink, verifySignInLink } from '@/lib/accounts/sign-in';
import { chooseUsername } from '@/lib/accounts/username';
import { recountPapers } from '@/lib/community/counts';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { getAccountSubscription, setAccountFrequency, unsubscribeAccount } from '@/lib/subscribers/account-subscription';
import { generateToken } from '@/lib/subscribers/tokens';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
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

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

interface Browser {
  headers: Headers;
  reader: Reader;
}

/** Signs `email` in as a browser with this User-Agent, through the emailed link. */
async function signIn(email: string, userAgent = FIREFOX, username?: string): Promise<Browser> {
  const sent = new Headers({ origin: 'http://127.0.0.1:3000', 'user-agent': userAgent });
  expect(await requestSignInLink(email, '/', '127.0.0.1', sent)).toEqual({ status: 'sent' });
  const token = new URL(linkIn(sink.to(email).at(-1)?.parsed.text, '/signin/confirm?token=')).searchParams.get('token');
  const result = await verifySignInLink(token, '/', sent);
  if (result.status !== 'signed-in') throw new Error(`not signed in: ${result.status}`);
  const headers = new Headers({ cookie: result.setCookies.map((line) => line.split(';', 1)[0]).join('; '), origin: 'http://127.0.0.1:3000', 'user-agent': userAgent });
  let reader = await getReader(headers);
  if (!reader) throw new Error('no reader');
  if (username && !reader.username) {
    await chooseUsername(reader.id, username);
    reader = (await getReader(headers))!;
  }
  return { headers, reader };
}

describe('sign-in link states', () => {
  it('tells an expired link from an unknown or used one', async () => {
    await requestSignInLink('eve@example.com', '/', '127.0.0.1', new Headers());
    const token = new URL(linkIn(sink.to('eve@example.com').at(-1)?.parsed.text, '/signin/confirm?token=')).searchParams.get('token');
    expect(await peekSignInLink(token)).toBe('usable');
    expect(await peekSignInLink(token, new Date(Date.now() + 16 * 60_000))).toBe('expired');
    expect(await peekSignInLink('A'.repeat(32))).toBe('unknown');
    expect(await peekSignInLink('not a token')).toBe('unknown');
    await db.verification.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await verifySignInLink(token, '/', new Headers())).status).toBe('expired');
  });

  it('refuses a username another reader has, in any case', async () => {
    const ada = await signIn('ada@example.com', FIREFOX, 'ada');
    const bo = await signIn('bo@example.com');
    expect(ada.reader.username).toBe('ada');
    expect(await chooseUsername(bo.reader.id, 'ADA')).toMatchObject({ status: 'taken' });
    expect(await chooseUsername(bo.reader.id, 'bob')).toEqual({ status: 'chosen', username: 'bob' });
    expect(await chooseUsername(bo.reader.id, 'bob')).toEqual({ status: 'chosen', username: 'bob' });
    expect(await chooseUsername(bo.reader.id, 'bobby')).toMatchObject({ status: 'already-set' });
  });
});

describe('sessions', () => {
  it('lists each signed-in browser, this one first, and ends one or all the others', async () => {
    const laptop = await signIn('ada@example.com', FIREFOX);
    const phone = await signIn('ada@example.com', SAFARI);
    const tablet = await signIn('ada@example.com', SAFARI);
    const listed = await listSessions(laptop.reader.id, laptop.reader.sessionId);
    expect(listed.map((session) => [session.browser, session.current])).toEqual([
      ['Firefox on Linux', true],
      ['Safari on iPhone', false],
      ['Safari on iPhone', false],
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/token/i);

    expect(await endSession(laptop.headers, laptop.reader.id, laptop.reader.sessionId, laptop.reader.sessionId)).toBe('current');
    expect(await endSession(laptop.headers, laptop.reader.id, laptop.reader.sessionId, phone.reader.sessionId)).toBe('ended');
    expect(await getReader(phone.headers)).toBeNull();
    expect(await getReader(laptop.headers)).not.toBeNull();
    // Again (a retried form): nothing left to end, no error.
    expect(await endSession(laptop.headers, laptop.reader.id, laptop.reader.sessionId, phone.reader.sessionId)).toBe('not-found');

    // Another reader cannot end Ada's sessions by id.
    const bo = await signIn('bo@example.com');
    expect(await endSession(bo.headers, bo.reader.id, bo.reader.sessionId, tablet.reader.sessionId)).toBe('not-found');
    expect(await getReader(tablet.headers)).not.toBeNull();

    expect(await endOtherSessions(laptop.headers, laptop.reader.id, laptop.reader.sessionId)).toBe(1);
    expect(await getReader(tablet.headers)).toBeNull();
    expect((await listSessions(laptop.reader.id, laptop.reader.sessionId)).map((session) => session.current)).toEqual([true]);
  });
});

describe('changing the address', () => {
  it('mails a link to the new address; the address changes only when it is used, once, and the old one is told', async () => {
    const ada = await signIn('ada@example.com', FIREFOX, 'ada');
    expect(await requestEmailChange(ada.reader, ' Ada@New.example ')).toEqual({ status: 'sent' });
    const mail = sink.to('ada@new.example').at(-1);
    expect(mail?.parsed.subject).toMatch(/confirm/i);
    const token = new URL(linkIn(mail?.parsed.text, '/account/email/confirm?token=')).searchParams.get('token');
    expect(JSON.stringify(await db.verification.findMany())).not.toContain(token);
    // Opening the link (the page) changes nothing.
    expect(await peekEmailChange(token)).toEqual({ state: 'usable', email: 'ada@new.example' });
    expect((await db.user.findUniqueOrThrow({ where: { id: ada.reader.id } })).email).toBe('ada@example.com');

    expect(await confirmEmailChange(token)).toEqual({ status: 'changed', email: 'ada@new.example' });
    expect((await getReader(ada.headers))?.email).toBe('ada@new.example');
    expect(sink.to('ada@example.com').at(-1)?.parsed.subject).toMatch(/address was changed/i);
    expect(sink.to('ada@example.com').at(-1)?.parsed.text).toContain('ada@new.example');
    // Used once.
    expect(await confirmEmailChange(token)).toEqual({ status: 'unknown' });
    expect(await peekEmailChange(token)).toEqual({ state: 'unknown' });
  });

  it('keeps only the latest link, expires links, and never reveals or takes another account’s address', async () => {
    const ada = await signIn('ada@example.com', FIREFOX, 'ada');
    await signIn('bo@example.com', FIREFOX, 'boris');
    expect(await requestEmailChange(ada.reader, 'ada@example.com')).toMatchObject({ status: 'invalid' });
    expect(await requestEmailChange(ada.reader, 'nope')).toMatchObject({ status: 'invalid' });

    // Bo's address: the same answer, a note to that address, no link.
    expect(await requestEmailChange(ada.reader, 'bo@example.com')).toEqual({ status: 'sent' });
    expect(sink.to('bo@example.com').at(-1)?.parsed.subject).toBe('Your Daily Papers address');
    expect(sink.to('bo@example.com').at(-1)?.parsed.text).not.toContain('/account/email/confirm');

    await requestEmailChange(ada.reader, 'first@example.com');
    const first = new URL(linkIn(sink.to('first@example.com').at(-1)?.parsed.text, '/account/email/confirm?token=')).searchParams.get('token');
    await requestEmailChange(ada.reader, 'second@example.com');
    const second = new URL(linkIn(sink.to('second@example.com').at(-1)?.parsed.text, '/account/email/confirm?token=')).searchParams.get('token');
    expect(await confirmEmailChange(first)).toEqual({ status: 'unknown' });
    expect(await confirmEmailChange(second, { now: new Date(Date.now() + 61 * 60_000) })).toEqual({ status: 'expired' });
    expect((await db.user.findUniqueOrThrow({ where: { id: ada.reader.id } })).email).toBe('ada@example.com');

    // An address taken between the request and the click: refused, nothing changes.
    await requestEmailChange(ada.reader, 'late@example.com');
    const late = new URL(linkIn(sink.to('late@example.com').at(-1)?.parsed.text, '/account/email/confirm?token=')).searchParams.get('token');
    await signIn('late@example.com');
    expect(await confirmEmailChange(late)).toEqual({ status: 'taken' });
  });
});

describe('deleting an account', () => {
  it('removes votes, sessions and passkeys, recounts, keeps comments as "deleted" and submissions without a name', async () => {
    await savePapers([buildListedPaper('2025-09-04', 1), buildListedPaper('2025-09-04', 2)]);
    const [paperA, paperB] = await db.paper.findMany({ orderBy: { id: 'asc' }, select: { id: true } });
    if (!paperA || !paperB) throw new Error('no papers');
    const ada = await signIn('ada@example.com', FIREFOX, 'ada');
    const bo = await signIn('bo@example.com', FIREFOX, 'boris');
    const adaId = ada.reader.id;
    const boId = bo.reader.id;

    await db.paperVote.createMany({ data: [{ userId: adaId, paperId: paperA.id }, { userId: adaId, paperId: paperB.id }, { userId: boId, paperId: paperA.id }] });
    const adaComment = await db.comment.create({ data: { paperId: paperA.id, userId: adaId, body: 'Ada’s **thoughts** on $x^2$' } });
    const boReply = await db.comment.create({ data: { paperId: paperA.id, userId: boId, parentId: adaComment.id, body: 'Bo replies' } });
    await db.commentVote.createMany({ data: [{ userId: adaId, commentId: boReply.id }, { userId: boId, commentId: adaComment.id }] });
    await db.comment.update({ where: { id: boReply.id }, data: { upvotes: 1 } });
    await db.commentReport.create({ data: { commentId: boReply.id, userId: adaId, reason: 'spam' } });
    await db.listing.update({ where: { paperId: paperB.id }, data: { submittedById: adaId, submittedBy: 'ada' } });
    await db.passkey.create({ data: { id: 'pk1', userId: adaId, publicKey: 'x', credentialID: 'cred', counter: 0, deviceType: 'singleDevice', backedUp: false } });
    await db.subscriber.create({ data: { email: 'ada@example.com', status: 'confirmed', manageKey: generateToken() } });
    await recountPapers([paperA.id, paperB.id]);
    expect((await db.paper.findUniqueOrThrow({ where: { id: paperA.id } })).upvotes).toBe(2);

    expect(await deleteAccount(adaId)).toMatchObject({ deleted: true });

    expect(await db.user.findUnique({ where: { id: adaId } })).toBeNull();
    expect(await getReader(ada.headers)).toBeNull();
    expect(await db.session.count({ where: { userId: adaId } })).toBe(0);
    expect(await db.passkey.count()).toBe(0);
    expect(await db.paperVote.findMany({ select: { userId: true, paperId: true } })).toEqual([{ userId: boId, paperId: paperA.id }]);
    const [a, b] = await Promise.all([db.paper.findUniqueOrThrow({ where: { id: paperA.id } }), db.paper.findUniqueOrThrow({ where: { id: paperB.id } })]);
    expect([a.upvotes, b.upvotes]).toEqual([1, 0]);
    // Ada's comment stays in its thread, emptied and nameless; Bo's reply under it is untouched.
    const kept = await db.comment.findUniqueOrThrow({ where: { id: adaComment.id } });
    expect(kept).toMatchObject({ body: '', userId: null });
    expect(kept.deletedAt).not.toBeNull();
    expect(a.numComments).toBe(1);
    expect(await db.comment.findUniqueOrThrow({ where: { id: boReply.id } })).toMatchObject({ body: 'Bo replies', userId: boId, upvotes: 0 });
    expect(await db.commentReport.count()).toBe(0);
    expect(await db.commentVote.findMany({ select: { userId: true } })).toEqual([{ userId: boId }]);
    expect(await db.listing.findUniqueOrThrow({ where: { paperId: paperB.id } })).toMatchObject({ submittedById: null, submittedBy: null, hiddenAt: null });
    // The digest subscription is a separate consent: left as it was.
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: 'ada@example.com' } })).toMatchObject({ status: 'confirmed' });
    // Bo is untouched; the username is free again.
    expect(await getReader(bo.headers)).not.toBeNull();
    expect(await deleteAccount(adaId)).toEqual({ deleted: false, papers: [] });
  });
});

describe('the subscription from the account page', () => {
  it('is the subscriber with the account’s address, changed without the emailed token', async () => {
    expect(await getAccountSubscription('ada@example.com')).toBeNull();
    expect(await setAccountFrequency('ada@example.com', 'weekly')).toBe('not-subscribed');
    await db.subscriber.create({ data: { email: 'ada@example.com', status: 'confirmed', manageKey: generateToken() } });
    expect(await getAccountSubscription('ada@example.com')).toMatchObject({ status: 'confirmed', frequency: 'daily', unsubscribeUrl: expect.stringContaining('/unsubscribe?token=') });
    expect(await setAccountFrequency('ada@example.com', 'weekly')).toBe('updated');
    expect(await getAccountSubscription('ada@example.com')).toMatchObject({ frequency: 'weekly' });
    expect(await unsubscribeAccount('ada@example.com')).toBe('unsubscribed');
    expect(await getAccountSubscription('ada@example.com')).toMatchObject({ status: 'unsubscribed' });
    expect(await setAccountFrequency('ada@example.com', 'daily')).toBe('not-subscribed');
  });
});
