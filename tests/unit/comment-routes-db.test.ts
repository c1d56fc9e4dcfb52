import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as deleteRoute } from '@/app/comments/[id]/delete/route';
import { POST as editRoute } from '@/app/comments/[id]/edit/route';
import { POST as reportRoute } from '@/app/comments/[id]/report/route';
import { POST as voteRoute } from '@/app/comments/[id]/vote/route';
import { POST as postRoute } from '@/app/comments/route';
import { requestSignInLink, verifySignInLink } from '@/lib/accounts/sign-in';
import { chooseUsername } from '@/lib/accounts/username';
import { getReader } from '@/lib/accounts/reader';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
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

const ORIGIN = 'http://127.0.0.1:3000';

/** A browser signed in through the emailed link (and, unless told not to, with a username). */
async function signedIn(email: string, username: string | null): Promise<string> {
  const browser = new Headers({ origin: ORIGIN, 'user-agent': 'test' });
  await requestSignInLink(email, '/', '127.0.0.1', browser);
  const token = new URL(linkIn(sink.to(email).at(-1)?.parsed.text, '/signin/confirm?token=')).searchParams.get('token');
  const result = await verifySignInLink(token, '/', browser);
  if (result.status !== 'signed-in') throw new Error(result.status);
  const cookie = result.setCookies.map((line) => line.split(';', 1)[0]).join('; ');
  const reader = await getReader(new Headers({ cookie }));
  if (username) await chooseUsername(reader!.id, username);
  return cookie;
}

function form(path: string, fields: Record<string, string>, options: { cookie?: string; json?: boolean; origin?: string } = {}): Request {
  const headers: Record<string, string> = { origin: options.origin ?? ORIGIN, host: '127.0.0.1:3000', 'content-type': 'application/x-www-form-urlencoded' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.json) headers.accept = 'application/json';
  return new Request(`${ORIGIN}${path}`, { method: 'POST', headers, body: new URLSearchParams(fields).toString() });
}

const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

async function makePaper() {
  const [saved] = await savePapers([buildListedPaper('2025-09-04', 1)]);
  return db.paper.findUniqueOrThrow({ where: { slug: saved!.slug! }, select: { id: true, slug: true } });
}

describe('comment routes', () => {
  it('send signed-out readers to sign in and back, and readers without a username to /welcome', async () => {
    const paper = await makePaper();
    const back = `/papers/${paper.slug}`;
    const signedOut = await postRoute(form('/comments', { paper: String(paper.id), body: 'Hi', back }));
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(back)}`);
    const signedOutJson = await postRoute(form('/comments', { paper: String(paper.id), body: 'Hi', back }, { json: true }));
    expect(signedOutJson.status).toBe(401);
    expect(await signedOutJson.json()).toMatchObject({ ok: false, signIn: `/signin?next=${encodeURIComponent(back)}` });

    const cookie = await signedIn('new@example.com', null);
    const nameless = await postRoute(form('/comments', { paper: String(paper.id), body: 'Hi', back }, { cookie }));
    expect(nameless.headers.get('location')).toBe(`/welcome?next=${encodeURIComponent(back)}`);
    expect(await db.comment.count()).toBe(0);
  });

  it('refuse a form sent from another site', async () => {
    const paper = await makePaper();
    const cookie = await signedIn('ada@example.com', 'ada');
    const forged = await postRoute(form('/comments', { paper: String(paper.id), body: 'Forged' }, { cookie, origin: 'https://evil.example' }));
    expect(forged.status).toBe(403);
    expect(await db.comment.count()).toBe(0);
  });

  it('post, reply, edit, vote, report and delete without script: redirects to the comment on the paper page', async () => {
    const paper = await makePaper();
    const back = `/papers/${paper.slug}`;
    const ada = await signedIn('ada@example.com', 'ada');
    const bo = await signedIn('bob@example.com', 'bob');

    const posted = await postRoute(form('/comments', { paper: String(paper.id), body: 'Nice $x^2$ result', back }, { cookie: ada }));
    expect(posted.status).toBe(303);
    const id = (await db.comment.findFirstOrThrow()).id;
    expect(posted.headers.get('location')).toBe(`${back}#comment-${id}`);

    const replied = await postRoute(form('/comments', { paper: String(paper.id), parent: String(id), body: 'Agreed', back: `/comments/${id}` }, { cookie: bo, json: true }));
    const reply = (await replied.json()) as { ok: boolean; id: number; parentId: number; numComments: number; url: string };
    expect(reply).toMatchObject({ ok: true, parentId: id, numComments: 2, url: `${back}#comment-${reply.id}` });
    expect(replied.headers.get('cache-control')).toBe('private, no-store');

    const edited = await editRoute(form(`/comments/${id}/edit`, { body: 'Nice $x^3$ result', back: `/comments/${id}` }, { cookie: ada }), params(id));
    expect(edited.headers.get('location')).toBe(`${back}#comment-${id}`);
    const hijack = await editRoute(form(`/comments/${id}/edit`, { body: 'Mine now', back: `/comments/${id}` }, { cookie: bo }), params(id));
    expect(hijack.status).toBe(303);
    expect(hijack.headers.get('location')).toMatch(new RegExp(`^/comments/${id}\\?error=Only`));

    const voted = await voteRoute(form(`/comments/${id}/vote`, { up: '1', back: `${back}#comment-${id}` }, { cookie: bo }), params(id));
    expect(voted.headers.get('location')).toBe(`${back}#comment-${id}`);
    const votedJson = await voteRoute(form(`/comments/${id}/vote`, { up: '1' }, { cookie: bo, json: true }), params(id));
    expect(await votedJson.json()).toMatchObject({ ok: true, upvoted: true, upvotes: 1 });

    const reported = await reportRoute(form(`/comments/${id}/report`, { reason: 'off-topic', details: '', back: `/comments/${id}` }, { cookie: bo }), params(id));
    expect(reported.headers.get('location')).toMatch(new RegExp(`^/comments/${id}\\?notice=Thank`));
    const badReason = await reportRoute(form(`/comments/${id}/report`, { reason: 'boring', back: `/comments/${id}` }, { cookie: bo }), params(id));
    expect(badReason.headers.get('location')).toMatch(/\?error=Choose/);

    const deleted = await deleteRoute(form(`/comments/${id}/delete`, { back: `/comments/${id}` }, { cookie: ada }), params(id));
    expect(deleted.headers.get('location')).toBe(`${back}#comment-${id}`);
    expect(await db.comment.findUniqueOrThrow({ where: { id }, select: { body: true, deletedAt: true } })).toEqual({ body: '', deletedAt: expect.any(Date) });
    expect((await db.paper.findUniqueOrThrow({ where: { id: paper.id } })).numComments).toBe(1);
  });

  it('answer bad input with a clear 4xx, never a 500', async () => {
    const paper = await makePaper();
    const ada = await signedIn('ada@example.com', 'ada');
    const back = `/papers/${paper.slug}`;
    const empty = await postRoute(form('/comments', { paper: String(paper.id), body: '   ', back }, { cookie: ada }));
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Write a comment first.');
    const tooLong = await postRoute(form('/comments', { paper: String(paper.id), body: 'x'.repeat(10_001), back }, { cookie: ada, json: true }));
    expect(tooLong.status).toBe(400);
    expect((await postRoute(form('/comments', { paper: 'abc', body: 'x', back }, { cookie: ada }))).status).toBe(400);
    expect((await postRoute(form('/comments', { paper: '999999', body: 'x', back }, { cookie: ada }))).status).toBe(404);
    expect((await voteRoute(form('/comments/1/vote', { up: 'maybe' }, { cookie: ada }), params(1))).status).toBe(400);
    expect((await voteRoute(form('/comments/x/vote', { up: '1' }, { cookie: ada }), params('x'))).status).toBe(404);
    expect((await editRoute(form('/comments/99/edit', { body: 'x' }, { cookie: ada }), params(99))).status).toBe(404);
    expect((await deleteRoute(form('/comments/99/delete', {}, { cookie: ada }), params(99))).status).toBe(404);
  });
});
