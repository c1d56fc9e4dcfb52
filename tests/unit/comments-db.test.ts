import { beforeEach, describe, expect, it } from 'vitest';
import { getHfPaper } from '@/lib/api/daily-papers';
import { deleteComment } from '@/lib/comments/delete-comment';
import { editComment } from '@/lib/comments/edit-comment';
import { postComment, type PostInput } from '@/lib/comments/post-comment';
import { getCommentView, listThread } from '@/lib/comments/queries';
import { reportComment } from '@/lib/comments/report-comment';
import { postFormSchema, reportFormSchema } from '@/lib/comments/schema';
import { setCommentVote } from '@/lib/comments/vote-comment';
import { readerStateFor } from '@/lib/community/reader-state';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

beforeEach(async () => {
  await resetDatabase();
});

async function makeUsers(...names: string[]): Promise<string[]> {
  await db.user.createMany({ data: names.map((name) => ({ id: `id-${name}`, email: `${name}@example.com`, username: name })) });
  return names.map((name) => `id-${name}`);
}

async function makePaper(rank = 1): Promise<{ id: number; slug: string }> {
  const [saved] = await savePapers([buildListedPaper('2025-09-04', rank)]);
  return db.paper.findUniqueOrThrow({ where: { slug: saved!.slug! }, select: { id: true, slug: true } });
}

let ip = 0;
/** Each call from its own address unless told, so the address limit stays out of the way. */
function post(userId: string, paperId: number, body: string, extra: Partial<PostInput> = {}) {
  ip += 1;
  return postComment({ userId, paperId, parentId: null, body, clientIp: `10.0.${ip >> 8}.${ip & 255}`, ...extra });
}

async function posted(result: Awaited<ReturnType<typeof postComment>>): Promise<number> {
  if (result.status !== 'posted') throw new Error(`not posted: ${result.status}`);
  return result.id;
}

const numComments = async (paperId: number) => (await db.paper.findUniqueOrThrow({ where: { id: paperId }, select: { numComments: true } })).numComments;

describe('posting and replying', () => {
  it('posts comments oldest first with replies beneath, one level deep, and counts them exactly', async () => {
    const [ada, bo] = await makeUsers('ada', 'bo');
    const paper = await makePaper();
    const first = await posted(await post(ada!, paper.id, '  First **comment**  '));
    const second = await posted(await post(bo!, paper.id, 'Second'));
    const reply = await post(bo!, paper.id, 'A reply', { parentId: first });
    expect(reply).toMatchObject({ status: 'posted', parentId: first, numComments: 3, duplicate: false });
    // A reply to a reply answers the top-level comment: the thread stays one level deep.
    const nested = await post(ada!, paper.id, 'A reply to the reply', { parentId: await posted(reply) });
    expect(nested).toMatchObject({ status: 'posted', parentId: first });

    const thread = await listThread(paper.id);
    expect(thread.count).toBe(4);
    expect(thread.comments.map((comment) => [comment.id, comment.author, comment.body])).toEqual([
      [first, 'ada', '  First **comment**  '],
      [second, 'bo', 'Second'],
    ]);
    expect(thread.comments[0]!.replies.map((r) => [r.author, r.body, r.replies.length])).toEqual([
      ['bo', 'A reply', 0],
      ['ada', 'A reply to the reply', 0],
    ]);
    expect(await numComments(paper.id)).toBe(4);
    // The page changes are recorded for the other instances: the paper page and its lists.
    const paths = (await db.pageChange.findMany({ select: { path: true } })).map((change) => change.path);
    expect(paths).toContain(`/papers/${paper.slug}`);
    expect(paths).toContain('/papers/date/2025-09-04');
  });

  it('trims bodies and refuses empty or over-long ones', () => {
    const parse = (body: string) => postFormSchema.safeParse({ paper: '1', body });
    expect(parse('  hello \n').data?.body).toBe('hello');
    expect(parse(' \n\t ').error?.issues[0]?.message).toBe('Write a comment first.');
    expect(parse('x'.repeat(10_000)).success).toBe(true);
    expect(parse(` ${'x'.repeat(10_000)} `).success).toBe(true);
    expect(parse('x'.repeat(10_001)).error?.issues[0]?.message).toMatch(/at most 10,000 characters/);
    expect(postFormSchema.safeParse({ paper: '1; drop', body: 'x' }).success).toBe(false);
    expect(postFormSchema.safeParse({ paper: '1', parent: '', body: 'x' }).data?.parent).toBeNull();
  });

  it('answers a retried or doubled post with the same comment, also when both arrive at once', async () => {
    const [ada] = await makeUsers('ada');
    const paper = await makePaper();
    const first = await post(ada!, paper.id, 'Same words');
    const again = await post(ada!, paper.id, 'Same words');
    expect(again).toMatchObject({ status: 'posted', id: await posted(first), duplicate: true, numComments: 1 });
    const together = await Promise.all(Array.from({ length: 6 }, () => post(ada!, paper.id, 'Sent six times at once')));
    expect(new Set(together.map((result) => result.status === 'posted' && result.id)).size).toBe(1);
    expect(await db.comment.count()).toBe(2);
    expect(await numComments(paper.id)).toBe(2);
    // Later than the window, the same words are a new comment.
    const later = await post(ada!, paper.id, 'Same words', { now: new Date(Date.now() + 11 * 60_000) });
    expect(later).toMatchObject({ status: 'posted', duplicate: false });
  });

  it('refuses unknown papers, foreign or removed parents, suspended accounts and accounts without a username', async () => {
    const [ada] = await makeUsers('ada');
    const paper = await makePaper(1);
    const other = await makePaper(2);
    expect(await post(ada!, 987_654, 'x')).toEqual({ status: 'no-paper' });
    const onOther = await posted(await post(ada!, other.id, 'elsewhere'));
    expect(await post(ada!, paper.id, 'x', { parentId: onOther })).toMatchObject({ status: 'no-parent' });
    await deleteComment({ userId: ada!, commentId: onOther, clientIp: 'a' });
    expect(await post(ada!, other.id, 'x', { parentId: onOther })).toMatchObject({ status: 'no-parent', message: 'The comment you replied to was removed.' });
    await db.user.create({ data: { id: 'id-new', email: 'new@example.com' } });
    expect(await post('id-new', paper.id, 'x')).toEqual({ status: 'no-username' });
    await db.user.update({ where: { id: ada! }, data: { suspendedAt: new Date() } });
    expect(await post(ada!, paper.id, 'x')).toEqual({ status: 'suspended' });
    expect(await db.comment.count({ where: { paperId: paper.id } })).toBe(0);
  });

  it('limits posts per account and per address', async () => {
    process.env.COMMENT_RATE_LIMIT = '3';
    resetEnvCache();
    try {
      const [ada, bo] = await makeUsers('ada', 'bo');
      const paper = await makePaper();
      for (let n = 0; n < 3; n += 1) expect((await post(ada!, paper.id, `comment ${n}`)).status).toBe('posted');
      expect(await post(ada!, paper.id, 'one too many')).toMatchObject({ status: 'rate-limited' });
      // A retry of a comment already posted is still answered (it posts nothing).
      expect(await post(ada!, paper.id, 'comment 0')).toMatchObject({ status: 'posted', duplicate: true });
      // The address allows five times as many, shared by everyone behind it.
      const results = [];
      for (let n = 0; n < 16; n += 1) results.push((await postComment({ userId: n % 2 ? bo! : ada!, paperId: paper.id, parentId: null, body: `from one address ${n}`, clientIp: '192.0.2.1' })).status);
      expect(results.filter((status) => status === 'rate-limited').length).toBeGreaterThan(0);
    } finally {
      delete process.env.COMMENT_RATE_LIMIT;
      resetEnvCache();
    }
  });
});

describe('editing and deleting one\'s own', () => {
  it('edits only one\'s own visible comment, marks it edited only when the words change', async () => {
    const [ada, bo] = await makeUsers('ada', 'bo');
    const paper = await makePaper();
    const id = await posted(await post(ada!, paper.id, 'Frist'));
    expect(await editComment({ userId: bo!, commentId: id, body: 'Hijacked', clientIp: 'b' })).toEqual({ status: 'not-yours' });
    expect(await editComment({ userId: ada!, commentId: id, body: 'Frist', clientIp: 'a' })).toMatchObject({ status: 'edited', changed: false });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).editedAt).toBeNull();
    expect(await editComment({ userId: ada!, commentId: id, body: 'First', clientIp: 'a' })).toMatchObject({ status: 'edited', changed: true });
    const [shown] = (await listThread(paper.id)).comments;
    expect(shown).toMatchObject({ body: 'First', editedAt: expect.any(Date) });
    expect(await editComment({ userId: ada!, commentId: 999_999, body: 'x', clientIp: 'a' })).toEqual({ status: 'not-found' });
    await db.comment.update({ where: { id }, data: { hiddenAt: new Date() } });
    expect(await editComment({ userId: ada!, commentId: id, body: 'Back', clientIp: 'a' })).toEqual({ status: 'hidden' });
  });

  it('deletes: the text goes; with replies a placeholder stays, without it disappears; counts follow', async () => {
    const [ada, bo] = await makeUsers('ada', 'bo');
    const paper = await makePaper();
    const top = await posted(await post(ada!, paper.id, 'Top'));
    const reply = await posted(await post(bo!, paper.id, 'Reply', { parentId: top }));
    const lonely = await posted(await post(ada!, paper.id, 'Lonely'));
    expect(await deleteComment({ userId: bo!, commentId: top, clientIp: 'b' })).toEqual({ status: 'not-yours' });

    expect(await deleteComment({ userId: ada!, commentId: top, clientIp: 'a' })).toMatchObject({ status: 'deleted', changed: true, placeholder: true, numComments: 2 });
    expect(await deleteComment({ userId: ada!, commentId: top, clientIp: 'a' })).toMatchObject({ status: 'deleted', changed: false, placeholder: true, numComments: 2 });
    expect((await db.comment.findUniqueOrThrow({ where: { id: top } })).body).toBe('');
    expect(await deleteComment({ userId: ada!, commentId: lonely, clientIp: 'a' })).toMatchObject({ placeholder: false, numComments: 1 });

    let thread = await listThread(paper.id);
    expect(thread.count).toBe(1);
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0]).toMatchObject({ id: top, state: 'deleted', body: null, author: null, replies: [{ id: reply, body: 'Reply' }] });
    expect(await getCommentView(lonely)).toBeNull();
    expect(await editComment({ userId: ada!, commentId: top, body: 'Resurrected', clientIp: 'a' })).toEqual({ status: 'deleted' });

    // Its last reply deleted, the placeholder goes too.
    await deleteComment({ userId: bo!, commentId: reply, clientIp: 'b' });
    thread = await listThread(paper.id);
    expect(thread).toMatchObject({ count: 0, comments: [] });
    expect(await numComments(paper.id)).toBe(0);
  });

  it('never shows or counts a comment a moderator hid; its replies stay under a placeholder', async () => {
    const [ada, bo] = await makeUsers('ada', 'bo');
    const paper = await makePaper();
    const top = await posted(await post(ada!, paper.id, 'Rude words'));
    await post(bo!, paper.id, 'Please be kind', { parentId: top });
    const hiddenReply = await posted(await post(ada!, paper.id, 'More rude words', { parentId: top }));
    await db.comment.updateMany({ where: { id: { in: [top, hiddenReply] } }, data: { hiddenAt: new Date() } });
    const { recountPaper } = await import('@/lib/community/counts');
    await recountPaper(db, paper.id);
    const thread = await listThread(paper.id);
    expect(JSON.stringify(thread)).not.toContain('rude');
    expect(thread.count).toBe(1);
    expect(thread.comments[0]).toMatchObject({ state: 'hidden', body: null, replies: [{ body: 'Please be kind' }] });
    expect(await numComments(paper.id)).toBe(1);
    expect(await getCommentView(hiddenReply)).toBeNull();
    expect((await getHfPaper(paper.slug))?.numComments).toBe(1);
  });
});

describe('upvotes and reports', () => {
  it('upvotes are a desired state, exact under concurrent votes, never one\'s own', async () => {
    const names = Array.from({ length: 12 }, (_, index) => `voter${index}`);
    const voters = await makeUsers('ada', ...names);
    const [ada] = voters;
    const paper = await makePaper();
    const id = await posted(await post(ada!, paper.id, 'Vote for me'));
    expect(await setCommentVote({ userId: ada!, commentId: id, up: true, clientIp: 'a' })).toEqual({ status: 'own' });
    const requests = voters.slice(1).flatMap((userId, index) => {
      const votes = [setCommentVote({ userId, commentId: id, up: true, clientIp: `v${index}` })];
      if (index % 2 === 0) votes.push(setCommentVote({ userId, commentId: id, up: true, clientIp: `v${index}` }));
      if (index % 3 === 0) votes.push(setCommentVote({ userId, commentId: id, up: false, clientIp: `v${index}` }));
      return votes;
    });
    const results = await Promise.all(requests);
    expect(results.every((result) => result.status === 'done')).toBe(true);
    const rows = await db.commentVote.count({ where: { commentId: id } });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).upvotes).toBe(rows);
    expect(rows).toBeGreaterThanOrEqual(8);
    const bo = voters[2]!;
    await setCommentVote({ userId: bo, commentId: id, up: true, clientIp: 'b' });
    expect(await setCommentVote({ userId: bo, commentId: id, up: true, clientIp: 'b' })).toMatchObject({ upvoted: true, changed: false });
    const withdrawn = await setCommentVote({ userId: bo, commentId: id, up: false, clientIp: 'b' });
    expect(withdrawn).toMatchObject({ upvoted: false, changed: true, upvotes: rows - 1 });
  });

  it('reports once per reader and comment, with a reason from the list and optional words', async () => {
    const [ada, bo] = await makeUsers('ada', 'bo');
    const paper = await makePaper();
    const id = await posted(await post(ada!, paper.id, 'Buy cheap watches'));
    const form = reportFormSchema.parse({ reason: 'spam', details: '  advertising  ' });
    expect(form).toEqual({ reason: 'spam', details: 'advertising' });
    expect(reportFormSchema.safeParse({ reason: 'boring' }).success).toBe(false);
    expect(await reportComment({ userId: ada!, commentId: id, ...form, clientIp: 'a' })).toEqual({ status: 'own' });
    expect(await reportComment({ userId: bo!, commentId: id, ...form, clientIp: 'b' })).toEqual({ status: 'reported', id, again: false });
    expect(await reportComment({ userId: bo!, commentId: id, ...form, clientIp: 'b' })).toEqual({ status: 'reported', id, again: true });
    expect(await reportComment({ userId: bo!, commentId: id, reason: 'abuse', details: null, clientIp: 'b' })).toMatchObject({ status: 'reported', again: true });
    const reports = await db.commentReport.findMany({ select: { userId: true, reason: true } });
    expect(reports).toEqual([{ userId: bo, reason: 'abuse' }]);
    await reportComment({ userId: bo!, commentId: id, reason: 'other', details: 'copied\nfrom elsewhere', clientIp: 'b' });
    expect((await db.commentReport.findFirstOrThrow({ where: { userId: bo! } })).reason).toBe('other: copied from elsewhere');
    // Three first reports at once (a double submit): still one report.
    const [cy] = await makeUsers('cy');
    const together = await Promise.all([1, 2, 3].map(() => reportComment({ userId: cy!, commentId: id, reason: 'spam', details: null, clientIp: 'c' })));
    expect(together.every((result) => result.status === 'reported')).toBe(true);
    expect(await db.commentReport.count({ where: { userId: cy! } })).toBe(1);
    expect(await reportComment({ userId: bo!, commentId: 424_242, reason: 'spam', details: null, clientIp: 'b' })).toEqual({ status: 'not-found' });
  });

  it('tells a reader which comments on the page are theirs and which they upvoted', async () => {
    const [ada, bo] = await makeUsers('ada', 'bo');
    const paper = await makePaper();
    const mine = await posted(await post(ada!, paper.id, 'Mine'));
    const theirs = await posted(await post(bo!, paper.id, 'Theirs'));
    await setCommentVote({ userId: ada!, commentId: theirs, up: true, clientIp: 'a' });
    const reader = { id: ada!, email: 'ada@example.com', username: 'ada', role: 'reader' as const, sessionId: 's' };
    const state = await readerStateFor(reader, new URLSearchParams({ comments: `${mine},${theirs},x,-1` }));
    expect(state).toMatchObject({ ownComments: [mine], commentsUpvoted: [theirs], commentUpvotes: { [mine]: 0, [theirs]: 1 } });
    expect(await readerStateFor(reader, new URLSearchParams())).not.toHaveProperty('ownComments');
  });
});
