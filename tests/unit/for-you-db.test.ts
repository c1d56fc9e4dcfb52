import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as followRoute } from '@/app/follows/route';
import { POST as dismissRoute } from '@/app/for-you/dismiss/route';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { listFollows, setFollow } from '@/lib/follows/follows';
import { followFormSchema } from '@/lib/follows/schema';
import { setDismissed } from '@/lib/recommend/dismiss';
import { buildForYou } from '@/lib/recommend/for-you';
import { forgetCandidateWindow } from '@/lib/recommend/window';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { setUpSmtpSink } from '../support/mail';
import { signInReader } from '../support/reader-session';
import { resetDatabase } from '../support/reset-database';

const sink = setUpSmtpSink();
beforeAll(() => {
  process.env.SMTP_URL = sink.url;
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
  forgetCandidateWindow();
});

const ORIGIN = 'http://127.0.0.1:3000';
function form(path: string, fields: Record<string, string>, options: { cookie?: string; json?: boolean } = {}): Request {
  const headers: Record<string, string> = { origin: ORIGIN, host: '127.0.0.1:3000', 'content-type': 'application/x-www-form-urlencoded' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.json) headers.accept = 'application/json';
  return new Request(`${ORIGIN}${path}`, { method: 'POST', headers, body: new URLSearchParams(fields).toString() });
}

const moe = (title: string) => ({
  title,
  abstract: 'Sparse mixture of experts layers with learned routing: each token is sent to a few experts, so capacity grows while compute stays flat.',
  categories: ['cs.CL'],
  authors: [{ name: 'Noam Router' }],
});

/** A small window: three mixture-of-experts papers to like, one more to find, and others. */
async function catalogue() {
  await savePapers([
    buildListedPaper('2025-09-01', 1, moe('Routing tokens to sparse experts')),
    buildListedPaper('2025-09-02', 1, moe('Load balancing for mixture of experts routing')),
    buildListedPaper('2025-09-03', 1, moe('Expert choice routing in sparse mixtures')),
    buildListedPaper('2025-09-04', 1, { ...moe('Sparse mixture routing for efficient transformers'), categories: ['cs.CL'] }),
    buildListedPaper('2025-09-04', 2, { title: 'Convergence of gradient descent on overparameterised networks', abstract: 'We prove linear convergence of gradient descent for wide networks.', categories: ['cs.LG'], authors: [{ name: 'Grace Hopper' }] }),
    buildListedPaper('2025-09-04', 3, { title: 'Latent diffusion for image synthesis', abstract: 'A diffusion model in latent space synthesises images from text prompts.', categories: ['cs.CV'], authors: [{ name: 'Ada Lovelace' }] }),
    buildListedPaper('2025-09-04', 4, { title: 'Weak lensing by galaxy clusters', abstract: 'Cluster masses from the shear of background galaxies.', categories: ['astro-ph.GA'], authors: [{ name: 'Vera Rubin' }] }),
  ]);
  const papers = await db.paper.findMany({ select: { id: true, title: true } });
  return Object.fromEntries(papers.map((paper) => [paper.title, paper.id])) as Record<string, number>;
}

async function user(id = 'reader-1') {
  await db.user.create({ data: { id, email: `${id}@example.com`, username: id } });
  return id;
}

describe('follows', () => {
  it('is a desired state: following twice is one row, unfollowing twice none', async () => {
    const ada = await user();
    expect(await setFollow(ada, { kind: 'category', value: 'cs.LG' }, true)).toEqual({ status: 'done', following: true, changed: true });
    expect(await setFollow(ada, { kind: 'category', value: 'cs.LG' }, true)).toEqual({ status: 'done', following: true, changed: false });
    await Promise.all([setFollow(ada, { kind: 'query', value: 'diffusion' }, true), setFollow(ada, { kind: 'query', value: 'diffusion' }, true)]);
    expect((await listFollows(ada)).map((row) => `${row.kind}:${row.value}`)).toEqual(['category:cs.LG', 'query:diffusion']);
    expect(await setFollow(ada, { kind: 'category', value: 'cs.LG' }, false)).toMatchObject({ following: false, changed: true });
    expect(await setFollow(ada, { kind: 'category', value: 'cs.LG' }, false)).toMatchObject({ following: false, changed: false });
    expect(await db.follow.count()).toBe(1);
  });

  it('reads the form strictly, with a message for each mistake', () => {
    expect(followFormSchema.safeParse({ kind: 'category', value: ' cs.LG ', on: '1' })).toMatchObject({ success: true, data: { kind: 'category', value: 'cs.LG', on: true } });
    expect(followFormSchema.safeParse({ kind: 'author', value: '  Ada   Lovelace ' })).toMatchObject({ success: true, data: { value: 'Ada Lovelace', on: true } });
    const refused = (fields: Record<string, string>) => {
      const parsed = followFormSchema.safeParse(fields);
      return parsed.success ? null : parsed.error.issues[0]?.message;
    };
    expect(refused({ kind: 'planet', value: 'Mars' })).toMatch(/category, an author or a search/);
    expect(refused({ kind: 'category', value: 'not a category!' })).toMatch(/not an arXiv category/);
    expect(refused({ kind: 'query', value: '  *** ' })).toMatch(/no words/);
    expect(refused({ kind: 'author', value: '' })).toMatch(/Name the author/);
    expect(refused({ kind: 'query', value: 'x'.repeat(201) })).toMatch(/at most 200/);
    expect(refused({ kind: 'query', value: 'ok', on: 'maybe' })).toMatch(/on=1/);
  });

  it('POST /follows: 303 to /following without script, JSON with it, clear 4xx for bad input or no sign-in', async () => {
    const { cookie } = await signInReader(sink, 'ada@example.com', 'ada');
    const follow = await followRoute(form('/follows', { kind: 'category', value: 'cs.LG', on: '1', back: '/papers/category/cs.LG' }, { cookie }));
    expect(follow.status).toBe(303);
    expect(follow.headers.get('location')).toMatch(/^\/following\?notice=Following\+cs\.LG/);
    const again = await followRoute(form('/follows', { kind: 'category', value: 'cs.LG', on: '1' }, { cookie, json: true }));
    expect(await again.json()).toMatchObject({ ok: true, following: true, key: 'category:cs.LG' });
    expect(await db.follow.count()).toBe(1);

    const bad = await followRoute(form('/follows', { kind: 'category', value: 'nope nope' }, { cookie, json: true }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: expect.stringMatching(/not an arXiv category/) });
    const badOnPage = await followRoute(form('/follows', { kind: 'query', value: '', back: '/following' }, { cookie }));
    expect(badOnPage.status).toBe(303);
    expect(badOnPage.headers.get('location')).toMatch(/^\/following\?error=/);
    const signedOut = await followRoute(form('/follows', { kind: 'category', value: 'cs.LG' }, { json: true }));
    expect(signedOut.status).toBe(401);
    const crossSite = await followRoute(new Request(`${ORIGIN}/follows`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded', cookie }, body: 'kind=category&value=cs.LG' }));
    expect(crossSite.status).toBe(403);
  });
});

describe('For you', () => {
  it('a reader following cs.LG sees cs.LG papers with "follows cs.LG"; a followed search says what it matched', async () => {
    const ids = await catalogue();
    const ada = await user();
    await setFollow(ada, { kind: 'category', value: 'cs.LG' }, true);
    await setFollow(ada, { kind: 'query', value: 'diffusion' }, true);
    await setFollow(ada, { kind: 'author', value: 'vera rubin' }, true);
    const forYou = await buildForYou(ada, 'day');
    const why = Object.fromEntries(forYou.items.map((item) => [item.paper.id, item.reasons]));
    expect(why[ids['Convergence of gradient descent on overparameterised networks']!]).toEqual(['follows cs.LG']);
    expect(why[ids['Latent diffusion for image synthesis']!]).toEqual(["matches 'diffusion'"]);
    expect(why[ids['Weak lensing by galaxy clusters']!]).toEqual(['follows vera rubin']);
    expect(forYou.items).toHaveLength(3);
  });

  it('a reader who upvoted papers about sparse expert routing gets the new one, with the liked paper and shared words', async () => {
    const ids = await catalogue();
    const bo = await user();
    await db.paperVote.createMany({ data: ['Routing tokens to sparse experts', 'Load balancing for mixture of experts routing'].map((title) => ({ userId: bo, paperId: ids[title]! })) });
    await db.savedPaper.create({ data: { userId: bo, paperId: ids['Expert choice routing in sparse mixtures']! } });
    const forYou = await buildForYou(bo, 'week');
    const [first] = forYou.items;
    expect(first?.paper.title).toBe('Sparse mixture routing for efficient transformers');
    expect(first?.reasons).toHaveLength(1);
    expect(first?.reasons[0]).toMatch(/^like “(Routing tokens to sparse experts|Load balancing for mixture of experts routing|Expert choice routing in sparse mixtures)”: shares '\w+', '\w+', '\w+'$/);
    expect(first?.reasons[0]).toMatch(/'(sparse|routing|mixture)'/);
    // What the reader voted on or saved is never suggested back.
    const shown = [...forYou.items.map((item) => item.paper.id), ...forYou.trending.map((paper) => paper.id)];
    expect(shown).not.toContain(ids['Routing tokens to sparse experts']);
    expect(shown).not.toContain(ids['Expert choice routing in sparse mixtures']);
  });

  it('never recommends a paper the reader voted on, saved, dismissed or was sent in a digest', async () => {
    const ids = await catalogue();
    const target = ids['Convergence of gradient descent on overparameterised networks']!;
    const marks: Record<string, (userId: string) => Promise<unknown>> = {
      voted: (userId) => db.paperVote.create({ data: { userId, paperId: target } }),
      saved: (userId) => db.savedPaper.create({ data: { userId, paperId: target } }),
      dismissed: (userId) => setDismissed(userId, target, true),
      digested: (userId) => db.digestSentPaper.create({ data: { userId, paperId: target, digestKey: 'daily:2025-09-04' } }),
    };
    for (const [name, mark] of Object.entries(marks)) {
      const id = await user(`reader-${name}`);
      await setFollow(id, { kind: 'category', value: 'cs.LG' }, true);
      expect((await buildForYou(id, 'day')).items.map((item) => item.paper.id)).toContain(target);
      await mark(id);
      const after = await buildForYou(id, 'day');
      expect([...after.items.map((item) => item.paper.id), ...after.trending.map((paper) => paper.id)], name).not.toContain(target);
    }
  });

  it('a reader with no signal gets trending papers to start from, and "Not interested" works without script', async () => {
    const ids = await catalogue();
    const { reader, cookie } = await signInReader(sink, 'new@example.com', 'newbie');
    const fresh = await buildForYou(reader.id, 'day');
    expect(fresh.items).toEqual([]);
    expect(fresh.trending.length).toBe(4);
    const target = ids['Latent diffusion for image synthesis']!;
    const response = await dismissRoute(form('/for-you/dismiss', { paper: String(target), back: '/for-you?period=day' }, { cookie }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/for-you\?period=day&notice=/);
    expect((await buildForYou(reader.id, 'day')).trending.map((paper) => paper.id)).not.toContain(target);
    const unknown = await dismissRoute(form('/for-you/dismiss', { paper: '999999', back: '/for-you' }, { cookie, json: true }));
    expect(unknown.status).toBe(404);
    const bad = await dismissRoute(form('/for-you/dismiss', { paper: 'abc' }, { cookie, json: true }));
    expect(bad.status).toBe(400);
  });
});
