import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as commentsPost } from '@/app/moderation/actions/comments/route';
import { POST as submissionsPost } from '@/app/moderation/actions/submissions/route';
import { POST as usersPost } from '@/app/moderation/actions/users/route';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { MODERATION_ACTIONS_PER_HOUR } from '@/lib/moderation/receive-form';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { setUpSmtpSink } from '../support/mail';
import { signInReader, type SignedInReader } from '../support/reader-session';
import { resetDatabase } from '../support/reset-database';

const sink = setUpSmtpSink();
beforeAll(() => {
  process.env.SMTP_URL = sink.url;
  resetEnvCache();
});

const SITE = 'http://127.0.0.1:3000';
let moderator: SignedInReader;
let reader: SignedInReader;
let commentId: number;
let paperId: number;

function post(path: string, fields: Record<string, string | number>, cookie?: string, extra: Record<string, string> = {}): Request {
  const headers: Record<string, string> = { origin: SITE, host: '127.0.0.1:3000', 'content-type': 'application/x-www-form-urlencoded', ...extra };
  if (cookie) headers.cookie = cookie;
  const body = new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)]));
  return new Request(`${SITE}${path}`, { method: 'POST', headers, body });
}

beforeEach(async () => {
  await resetDatabase();
  await savePapers([buildListedPaper('2025-09-04', 1, {}, 'someone')]);
  paperId = (await db.paper.findFirstOrThrow({ select: { id: true } })).id;
  moderator = await signInReader(sink, 'mia@example.com', 'mia');
  await db.user.update({ where: { id: moderator.reader.id }, data: { role: 'moderator' } });
  reader = await signInReader(sink, 'rob@example.com', 'rob');
  commentId = (await db.comment.create({ data: { paperId, userId: reader.reader.id, body: 'spam' } })).id;
});

describe('moderation forms', () => {
  it('send a signed-out visitor to sign in and back, and refuse a reader with 403, changing nothing', async () => {
    const signedOut = await commentsPost(post('/moderation/actions/comments', { commentId, action: 'hide', back: '/moderation' }));
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/signin?next=%2Fmoderation');

    const asReader = await commentsPost(post('/moderation/actions/comments', { commentId, action: 'hide', back: '/moderation' }, reader.cookie));
    expect(asReader.status).toBe(403);
    expect(await asReader.text()).toContain('Only moderators can do this.');
    for (const response of [
      await submissionsPost(post('/moderation/actions/submissions', { paperId, action: 'hide' }, reader.cookie)),
      await usersPost(post('/moderation/actions/users', { userId: moderator.reader.id, action: 'suspend' }, reader.cookie)),
    ]) {
      expect(response.status).toBe(403);
    }
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).hiddenAt).toBeNull();
    expect(await db.moderationAction.count()).toBe(0);
  });

  it('refuse a form from another site (CSRF)', async () => {
    const response = await commentsPost(post('/moderation/actions/comments', { commentId, action: 'hide' }, moderator.cookie, { origin: 'https://evil.example' }));
    expect(response.status).toBe(403);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).hiddenAt).toBeNull();
  });

  it('do what a moderator asks and answer 303 back with the outcome; bad input comes back as an error', async () => {
    const hidden = await commentsPost(post('/moderation/actions/comments', { commentId, action: 'hide', reason: 'spam', back: '/moderation' }, moderator.cookie));
    expect(hidden.status).toBe(303);
    const back = new URL(hidden.headers.get('location') ?? '', SITE);
    expect(back.pathname).toBe('/moderation');
    expect(back.searchParams.get('notice')).toBe(`Comment ${commentId} is hidden.`);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).hiddenAt).not.toBeNull();

    const suspended = await usersPost(post('/moderation/actions/users', { userId: reader.reader.id, action: 'suspend', back: '/moderation/users?q=rob' }, moderator.cookie));
    expect(suspended.status).toBe(303);
    expect(new URL(suspended.headers.get('location') ?? '', SITE).searchParams.get('notice')).toBe('rob is suspended and signed out everywhere.');
    expect(new URL(suspended.headers.get('location') ?? '', SITE).searchParams.get('q')).toBe('rob');

    const listedAgain = await submissionsPost(post('/moderation/actions/submissions', { paperId, action: 'unhide', back: '/moderation/submissions' }, moderator.cookie));
    expect(new URL(listedAgain.headers.get('location') ?? '', SITE).searchParams.get('notice')).toMatch(/is not hidden/);

    const toggle = await commentsPost(post('/moderation/actions/comments', { commentId, action: 'toggle', back: '/moderation' }, moderator.cookie));
    expect(toggle.status).toBe(303);
    expect(new URL(toggle.headers.get('location') ?? '', SITE).searchParams.get('error')).toBe('Choose hide, unhide or dismiss.');
    const missing = await commentsPost(post('/moderation/actions/comments', { commentId: 'x', action: 'hide' }, moderator.cookie, { accept: 'application/json' }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ ok: false, error: 'Which comment?' });
    const unknown = await commentsPost(post('/moderation/actions/comments', { commentId: 424242, action: 'hide' }, moderator.cookie, { accept: 'application/json' }));
    expect(unknown.status).toBe(404);

    expect((await db.moderationAction.findMany({ orderBy: { id: 'asc' } })).map((row) => [row.actorName, row.action, row.reason])).toEqual([
      ['mia', 'hide-comment', 'spam'],
      ['mia', 'suspend', null],
    ]);
  });

  it('are limited per account', async () => {
    await db.rateLimitBucket.create({ data: { key: `moderation:user:${moderator.reader.id}`, windowStart: new Date(), count: MODERATION_ACTIONS_PER_HOUR } });
    const response = await commentsPost(post('/moderation/actions/comments', { commentId, action: 'hide', back: '/moderation' }, moderator.cookie));
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location') ?? '', SITE).searchParams.get('error')).toMatch(/^Too many moderation actions/);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).hiddenAt).toBeNull();
  });
});
