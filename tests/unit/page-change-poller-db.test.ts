import { beforeEach, describe, expect, it } from 'vitest';
import { createPageChangePoller, PAGE_CHANGE_MAX_AGE_MS } from '@/lib/community/page-change-poller';
import { changedPathsOfPaper } from '@/lib/community/page-changes';
import { db } from '@/lib/db';
import { resetDatabase } from '../support/reset-database';

beforeEach(async () => {
  await resetDatabase();
});

const ME = 'instance-me';
const OTHER = 'instance-other';

async function record(origin: string, ...paths: string[]): Promise<void> {
  await db.pageChange.createMany({ data: paths.map((path) => ({ path, origin })) });
}

describe('the page-change poller', () => {
  it('applies what other instances changed since it started, once, and skips its own rows', async () => {
    await record(OTHER, '/papers/date/2025-09-01');
    const applied: string[][] = [];
    const poller = await createPageChangePoller({ origin: ME, apply: async (paths) => void applied.push(paths) });
    // Before start: already reflected in what this instance renders.
    expect(await poller.poll()).toEqual([]);

    await record(OTHER, '/papers/date/2025-09-04', '/papers/2509.00001', '/papers/date/2025-09-04');
    await record(ME, '/papers/date/2025-09-05');
    expect(await poller.poll()).toEqual(['/papers/date/2025-09-04', '/papers/2509.00001']);
    expect(await poller.poll()).toEqual([]);
    expect(applied).toEqual([['/papers/date/2025-09-04', '/papers/2509.00001']]);
  });

  it('keeps the paths for the next poll when dropping them fails', async () => {
    let failing = true;
    const applied: string[][] = [];
    const poller = await createPageChangePoller({
      origin: ME,
      apply: async (paths) => {
        if (failing) throw new Error('instance busy');
        applied.push(paths);
      },
    });
    await record(OTHER, '/');
    await expect(poller.poll()).rejects.toThrow('instance busy');
    failing = false;
    expect(await poller.poll()).toEqual(['/']);
    expect(applied).toEqual([['/']]);
  });

  it('asks again for an id that was missing (committed late) and prunes rows older than a day', async () => {
    let clock = Date.now();
    const poller = await createPageChangePoller({ origin: ME, apply: async () => {}, now: () => clock });
    await record(OTHER, '/a', '/b', '/c');
    const rows = await db.pageChange.findMany({ orderBy: { id: 'asc' } });
    // The middle one "not yet committed": removed now, put back with its id after the poll.
    const middle = rows[1]!;
    await db.pageChange.delete({ where: { id: middle.id } });
    expect(await poller.poll()).toEqual(['/a', '/c']);
    await db.pageChange.create({ data: { id: middle.id, path: middle.path, origin: OTHER } });
    expect(await poller.poll()).toEqual(['/b']);
    expect(await poller.poll()).toEqual([]);

    await db.pageChange.create({ data: { path: '/old', origin: OTHER, createdAt: new Date(clock - PAGE_CHANGE_MAX_AGE_MS - 1000) } });
    clock += 2 * 3_600_000; // the next prune is due
    expect(await poller.poll()).toEqual(['/old']);
    expect(await db.pageChange.count({ where: { path: '/old' } })).toBe(0);
    expect(await db.pageChange.count()).toBe(3);
  });
});

describe('the pages a paper change drops', () => {
  it('are its own, its lists with each sort and its categories, the front page and feeds; never a whole section', () => {
    const paths = changedPathsOfPaper({ slug: '2509.00001', day: '2025-09-04', categories: ['cs.LG', 'cs.CL'] });
    for (const path of ['/', '/feed.xml', '/papers/2509.00001', '/api/papers/2509.00001', '/papers/date/2025-09-04', '/papers/week/2025-W36', '/papers/month/2025-09', '/papers/date/2025-09-04/view/trending/all', '/papers/week/2025-W36/view/top/cs.CL', '/papers/category/cs.LG', '/papers/category/cs.CL/p/2']) {
      expect(paths).toContain(path);
    }
    expect(paths).not.toContain('/papers');
    expect(paths.some((path) => path.includes('2025-09-03'))).toBe(false);
  });
});
