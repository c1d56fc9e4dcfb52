import { beforeEach, describe, expect, it } from 'vitest';
import { hitVoteLimits, setVote, voteFormSchema } from '@/lib/community/votes';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

beforeEach(async () => {
  await resetDatabase();
});

async function makeUsers(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, index) => `user-${index}`);
  await db.user.createMany({ data: ids.map((id) => ({ id, email: `${id}@example.com`, username: id })) });
  return ids;
}

async function paperId(): Promise<number> {
  const [saved] = await savePapers([buildListedPaper('2025-09-04', 1)]);
  const paper = await db.paper.findUniqueOrThrow({ where: { slug: saved!.slug! }, select: { id: true } });
  return paper.id;
}

describe('paper votes', () => {
  it('is a desired state: upvoting twice is one vote, withdrawing twice is none', async () => {
    const [ada] = await makeUsers(1);
    const paper = await paperId();
    expect(await setVote(ada!, paper, true)).toEqual({ status: 'done', upvoted: true, upvotes: 1, changed: true });
    expect(await setVote(ada!, paper, true)).toEqual({ status: 'done', upvoted: true, upvotes: 1, changed: false });
    expect(await db.paperVote.count()).toBe(1);
    const scored = await db.paper.findUniqueOrThrow({ where: { id: paper }, select: { upvotes: true, trendingScore: true } });
    expect(scored.upvotes).toBe(1);
    expect(scored.trendingScore).toBeGreaterThan(0);
    expect(await setVote(ada!, paper, false)).toEqual({ status: 'done', upvoted: false, upvotes: 0, changed: true });
    expect(await setVote(ada!, paper, false)).toMatchObject({ upvotes: 0, changed: false });
    expect(await db.paper.findUniqueOrThrow({ where: { id: paper }, select: { upvotes: true, trendingScore: true } })).toEqual({ upvotes: 0, trendingScore: 0 });
  });

  it('keeps the count equal to the votes under 40 concurrent requests from 20 accounts', async () => {
    const users = await makeUsers(20);
    const paper = await paperId();
    // Every account upvotes; the even ones send it twice (a double click), the multiples of
    // three also withdraw it (a toggle racing the vote). All at once.
    const requests = users.flatMap((user, index) => {
      const votes = [setVote(user, paper, true)];
      if (index % 2 === 0) votes.push(setVote(user, paper, true));
      if (index % 3 === 0) votes.push(setVote(user, paper, false));
      return votes;
    });
    expect(requests.length).toBeGreaterThanOrEqual(37);
    const results = await Promise.all(requests);
    expect(results.every((result) => result.status === 'done')).toBe(true);
    const rows = await db.paperVote.count({ where: { paperId: paper } });
    const stored = await db.paper.findUniqueOrThrow({ where: { id: paper }, select: { upvotes: true } });
    expect(stored.upvotes).toBe(rows);
    // Accounts that only upvoted certainly hold a vote.
    const voters = new Set((await db.paperVote.findMany({ select: { userId: true } })).map((vote) => vote.userId));
    users.forEach((user, index) => {
      if (index % 3 !== 0) expect(voters.has(user)).toBe(true);
    });
    // Then everyone withdraws at once: zero, exactly.
    await Promise.all(users.map((user) => setVote(user, paper, false)));
    expect(await db.paper.findUniqueOrThrow({ where: { id: paper }, select: { upvotes: true } })).toEqual({ upvotes: 0 });
  });

  it('refuses a suspended account and an unknown paper, writing nothing', async () => {
    const [bo] = await makeUsers(1);
    const paper = await paperId();
    expect(await setVote(bo!, 999_999, true)).toEqual({ status: 'no-paper' });
    await db.user.update({ where: { id: bo! }, data: { suspendedAt: new Date() } });
    expect(await setVote(bo!, paper, true)).toEqual({ status: 'suspended' });
    expect(await db.paperVote.count()).toBe(0);
  });

  it('reads the form strictly', () => {
    expect(voteFormSchema.safeParse({ paper: '12', up: '1' })).toMatchObject({ success: true, data: { paper: 12, up: true } });
    expect(voteFormSchema.safeParse({ paper: '12', up: '0' })).toMatchObject({ success: true, data: { up: false } });
    for (const bad of [{ paper: 'x', up: '1' }, { paper: '12', up: 'yes' }, { paper: '-1', up: '1' }, { paper: '99999999999', up: '1' }, { up: '1' }]) {
      expect(voteFormSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('limits votes per account and per client address', async () => {
    process.env.VOTE_RATE_LIMIT = '3';
    resetEnvCache();
    try {
      for (let i = 0; i < 3; i += 1) expect((await hitVoteLimits('user-a', '203.0.113.9')).allowed).toBe(true);
      expect(await hitVoteLimits('user-a', '203.0.113.9')).toMatchObject({ allowed: false });
      // Other accounts on the same address still vote, until the address has 3 × 5 (the refused 4th never reached it).
      for (let i = 0; i < 12; i += 1) expect((await hitVoteLimits(`user-${i + 10}`, '203.0.113.9')).allowed).toBe(true);
      expect(await hitVoteLimits('user-99', '203.0.113.9')).toMatchObject({ allowed: false });
      expect((await hitVoteLimits('user-99', '198.51.100.7')).allowed).toBe(true);
    } finally {
      delete process.env.VOTE_RATE_LIMIT;
      resetEnvCache();
    }
  });
});
