import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getReader, type Reader } from '@/lib/accounts/reader';
import { recountPaper } from '@/lib/community/counts';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { moderatorActor, operatorActor, type Actor } from '@/lib/moderation/actor';
import { findAccount, grantModerator, revokeModerator, searchAccounts, suspendAccount, unsuspendAccount } from '@/lib/moderation/accounts';
import { dismissReports, hideComment, unhideComment } from '@/lib/moderation/comments';
import { listModerationLog, LOG_PAGE_SIZE } from '@/lib/moderation/log';
import { listOpenReports } from '@/lib/moderation/reports';
import { listRecentSubmissions } from '@/lib/moderation/submissions';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { setUpSmtpSink } from '../support/mail';
import { signInReader, trySignIn } from '../support/reader-session';
import { resetDatabase } from '../support/reset-database';

const sink = setUpSmtpSink();
beforeAll(() => {
  process.env.SMTP_URL = sink.url;
  resetEnvCache();
});

const DAY = '2025-09-04';
let paperId: number;
let moderator: Actor;

async function createUser(id: string, username: string, role: 'reader' | 'moderator' = 'reader') {
  return db.user.create({ data: { id, email: `${username}@example.com`, username, role } });
}

async function createComment(userId: string | null, body: string): Promise<number> {
  const comment = await db.comment.create({ data: { paperId, userId, body } });
  await db.$transaction((tx) => recountPaper(tx, paperId));
  return comment.id;
}

async function report(commentId: number, userId: string, reason: string) {
  await db.commentReport.create({ data: { commentId, userId, reason } });
}

const asReader = (id: string, username: string, role: Reader['role']): Reader => ({ id, email: `${username}@example.com`, username, role, sessionId: 's' });

async function logLines() {
  return (await db.moderationAction.findMany({ orderBy: { id: 'asc' } })).map((row) => `${row.actorName} ${row.action} ${row.targetType}:${row.targetId}${row.reason ? ` (${row.reason})` : ''}`);
}

beforeEach(async () => {
  await resetDatabase();
  await savePapers([buildListedPaper(DAY, 1, { title: 'A discussed paper', categories: ['cs.LG'] })]);
  paperId = (await db.paper.findFirstOrThrow({ select: { id: true } })).id;
  await createUser('mod', 'mia', 'moderator');
  await createUser('author', 'troll');
  await createUser('reporter', 'rita');
  const check = moderatorActor(asReader('mod', 'mia', 'moderator'));
  if (!check.ok) throw new Error('moderator refused');
  moderator = check.actor;
});

describe('who may moderate', () => {
  it('a moderator, named by username; a signed-out visitor must sign in (401); a reader may not (403)', () => {
    expect(moderatorActor(null)).toEqual({ ok: false, status: 401, message: 'Sign in first.' });
    expect(moderatorActor(asReader('author', 'troll', 'reader'))).toMatchObject({ ok: false, status: 403 });
    expect(moderatorActor(asReader('mod', 'mia', 'moderator'))).toMatchObject({ ok: true, actor: { id: 'mod', name: 'mia' } });
    expect(operatorActor('ops')).toMatchObject({ id: null, name: 'cli:ops' });
  });
});

describe('hiding a comment', () => {
  it('hides it, resolves its reports, recounts the paper, drops its pages and logs once', async () => {
    const kept = await createComment('reporter', 'A fair question about eq. 3.');
    const bad = await createComment('author', 'Buy cheap watches');
    await report(bad, 'reporter', 'spam');
    expect((await db.paper.findUniqueOrThrow({ where: { id: paperId } })).numComments).toBe(2);
    expect((await listOpenReports()).comments.map((item) => item.commentId)).toEqual([bad]);

    const outcome = await hideComment(moderator, bad, 'advertising');
    expect(outcome).toEqual({ status: 'done', message: `Comment ${bad} is hidden and its report is resolved.` });
    const row = await db.comment.findUniqueOrThrow({ where: { id: bad } });
    expect(row.hiddenAt).not.toBeNull();
    expect(row.body).toBe('Buy cheap watches');
    expect(await db.commentReport.findMany({ select: { resolvedAt: true, resolvedById: true } })).toEqual([{ resolvedAt: expect.any(Date), resolvedById: 'mod' }]);
    expect((await db.paper.findUniqueOrThrow({ where: { id: paperId } })).numComments).toBe(1);
    expect((await listOpenReports()).comments).toEqual([]);
    const dropped = (await db.pageChange.findMany({ select: { path: true } })).map((change) => change.path);
    expect(dropped).toEqual(expect.arrayContaining(['/papers/date/2025-09-04', '/papers/category/cs.LG', '/']));
    expect(await logLines()).toEqual([`mia hide-comment comment:${bad} (advertising)`]);

    // A retry, or a second moderator at the same moment: nothing more happens, nothing more is logged.
    expect((await hideComment(moderator, bad)).status).toBe('unchanged');
    expect(await logLines()).toHaveLength(1);
    expect((await db.comment.findUniqueOrThrow({ where: { id: kept } })).hiddenAt).toBeNull();
  });

  it('two moderators hiding at once: one hides and logs, the other is told it was already hidden', async () => {
    const bad = await createComment('author', 'Off topic');
    const outcomes = await Promise.all([hideComment(moderator, bad), hideComment(moderator, bad)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['done', 'unchanged']);
    expect(await logLines()).toHaveLength(1);
  });

  it('unhiding shows it again and recounts; an unknown comment is "not found"', async () => {
    const bad = await createComment('author', 'Harsh but fair');
    await hideComment(moderator, bad);
    expect((await db.paper.findUniqueOrThrow({ where: { id: paperId } })).numComments).toBe(0);
    expect(await unhideComment(moderator, bad, 'on second thought')).toEqual({ status: 'done', message: `Comment ${bad} is shown again.` });
    expect((await db.paper.findUniqueOrThrow({ where: { id: paperId } })).numComments).toBe(1);
    expect((await unhideComment(moderator, bad)).status).toBe('unchanged');
    expect((await hideComment(moderator, 999_999)).status).toBe('not-found');
    expect(await logLines()).toEqual([`mia hide-comment comment:${bad}`, `mia unhide-comment comment:${bad} (on second thought)`]);
  });

  it('dismissing reports resolves them and leaves the comment shown', async () => {
    const fine = await createComment('author', 'I disagree with the baseline.');
    await report(fine, 'reporter', 'rude');
    await report(fine, 'mod', 'checking');
    expect(await dismissReports(moderator, fine, 'disagreement is fine')).toEqual({ status: 'done', message: `2 reports on comment ${fine} are dismissed.` });
    expect((await db.comment.findUniqueOrThrow({ where: { id: fine } })).hiddenAt).toBeNull();
    expect(await db.commentReport.count({ where: { resolvedAt: null } })).toBe(0);
    expect((await dismissReports(moderator, fine)).status).toBe('unchanged');
    expect(await logLines()).toEqual([`mia dismiss-report comment:${fine} (disagreement is fine)`]);
  });
});

describe('the report queue', () => {
  it('lists each reported comment once, the longest-waiting first, with its text, paper, author and reports', async () => {
    const first = await createComment('author', 'first');
    const second = await createComment('reporter', 'second');
    await report(second, 'author', 'tit for tat');
    await report(first, 'reporter', 'spam');
    await db.commentReport.updateMany({ where: { commentId: second }, data: { createdAt: new Date('2025-09-04T09:00:00Z') } });
    await report(first, 'mod', 'also spam');
    const { comments } = await listOpenReports();
    expect(comments.map((item) => item.commentId)).toEqual([second, first]);
    expect(comments[1]).toMatchObject({
      body: 'first',
      paper: { title: 'A discussed paper' },
      author: { id: 'author', name: 'troll', suspended: false },
      reports: [{ reason: 'spam', reporter: 'rita' }, { reason: 'also spam', reporter: 'mia' }],
    });
  });
});

describe('suspending an account', () => {
  it('ends its sessions at once, refuses new ones, keeps its comments, and logs who and why', async () => {
    const troll = await signInReader(sink, 'troll-real@example.com', 'troll2');
    await signInReader(sink, 'troll-real@example.com');
    expect(await db.session.count({ where: { userId: troll.reader.id } })).toBe(2);
    const comment = await createComment(troll.reader.id, 'still here');

    expect(await suspendAccount(moderator, troll.reader.id, 'spam wave')).toEqual({ status: 'done', message: 'troll2 is suspended and signed out everywhere.' });
    expect(await db.session.count({ where: { userId: troll.reader.id } })).toBe(0);
    // Its browser is signed out at its next request; every write (vote, submit, comment,
    // report) starts from getReader, so none can be made.
    expect(await getReader(new Headers({ cookie: troll.cookie }))).toBeNull();
    expect((await trySignIn(sink, 'troll-real@example.com')).status).toBe('suspended');
    expect(await db.session.count({ where: { userId: troll.reader.id } })).toBe(0);
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment } })).hiddenAt).toBeNull();
    expect((await suspendAccount(moderator, troll.reader.id)).status).toBe('unchanged');

    expect((await unsuspendAccount(moderator, troll.reader.id)).status).toBe('done');
    expect((await trySignIn(sink, 'troll-real@example.com')).status).toBe('signed-in');
    expect(await logLines()).toEqual(['mia suspend user:troll2 (spam wave)', 'mia unsuspend user:troll2']);
  });

  it('refuses to suspend oneself or another moderator, and an unknown account', async () => {
    expect(await suspendAccount(moderator, 'mod')).toMatchObject({ status: 'refused', message: 'You cannot suspend your own account.' });
    await createUser('mod2', 'max', 'moderator');
    expect(await suspendAccount(moderator, 'mod2')).toMatchObject({ status: 'refused', message: expect.stringContaining('revoke the role first') });
    expect((await suspendAccount(moderator, 'nobody')).status).toBe('not-found');
    expect(await logLines()).toEqual([]);
  });
});

describe('moderator role', () => {
  it('is granted and revoked by address, idempotently, and logged as the operator', async () => {
    const operator = operatorActor('ops');
    expect(await grantModerator(operator, ' Rita@Example.com ')).toEqual({ status: 'done', message: 'rita is now a moderator.' });
    expect(await grantModerator(operator, 'rita@example.com')).toEqual({ status: 'unchanged', message: 'rita is already a moderator.' });
    expect((await findAccount('rita'))?.role).toBe('moderator');
    expect(await revokeModerator(operator, 'rita@example.com')).toEqual({ status: 'done', message: 'rita is no longer a moderator.' });
    expect((await revokeModerator(operator, 'rita@example.com')).status).toBe('unchanged');
    expect((await grantModerator(operator, 'nobody@example.com')).status).toBe('not-found');
    expect(await logLines()).toEqual(['cli:ops grant-moderator user:rita', 'cli:ops revoke-moderator user:rita']);
  });
});

describe('the log and the lists moderators read', () => {
  it('pages the log newest first', async () => {
    const operator = operatorActor('ops');
    for (let index = 0; index < LOG_PAGE_SIZE + 2; index += 1) {
      await (index % 2 === 0 ? grantModerator : revokeModerator)(operator, 'rita@example.com');
    }
    const first = await listModerationLog(1);
    expect(first.entries).toHaveLength(LOG_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(first.entries[0]?.action).toBe('revoke-moderator');
    const second = await listModerationLog(2);
    expect(second.entries).toHaveLength(2);
    expect(second.hasMore).toBe(false);
    expect(second.entries.at(-1)?.action).toBe('grant-moderator');
    expect(first.entries[0]!.id).toBeGreaterThan(second.entries[0]!.id);
  });

  it('finds accounts by part of a username or address, and lists reader submissions newest first', async () => {
    expect((await searchAccounts('TRO')).map((account) => account.username)).toEqual(['troll']);
    expect((await searchAccounts('example.com')).length).toBe(3);
    await savePapers([buildListedPaper(DAY, 2, { title: 'Submitted by a reader' }, 'rita')]);
    await db.listing.updateMany({ where: { submittedBy: 'rita' }, data: { submittedById: 'reporter', source: 'submission' } });
    const { submissions } = await listRecentSubmissions(1);
    expect(submissions.map((row) => row.title)).toEqual(['Submitted by a reader']);
  });
});
