import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPageChangeListener, type PageChangeListener } from '@/lib/community/page-change-listener';
import { createPageChangePoller } from '@/lib/community/page-change-poller';
import { instanceId } from '@/lib/community/page-change-hooks';
import { pagesChanged } from '@/lib/community/page-changes';
import { db } from '@/lib/db';
import { resetDatabase } from '../support/reset-database';

beforeEach(resetDatabase);

/** An app instance as scripts/serve.ts wires it: a poller that is never started, nudged by a listener. */
async function startInstance(name: string) {
  const applied: string[] = [];
  const poller = await createPageChangePoller({ origin: name, apply: async (paths) => void applied.push(...paths) });
  const listener = startPageChangeListener({
    databaseUrl: process.env.DATABASE_URL ?? '',
    onNudge: (from) => from !== name && poller.nudge(),
    backoffMs: 50,
    log: () => {},
  });
  await listener.ready;
  return { name, applied, listener };
}

let listeners: PageChangeListener[] = [];
afterEach(async () => {
  for (const listener of listeners) await listener.stop();
  listeners = [];
});

// LISTEN/NOTIFY is PostgreSQL's (this file runs on PostgreSQL only: vitest.config.ts); on SQLite
// (one instance) the poll alone carries changes.
describe('instances on one PostgreSQL database, with no list of each other', () => {
  it('each drop the pages another changed as soon as it writes them, without a timed poll', async () => {
    const b = await startInstance('instance-b');
    const c = await startInstance('instance-c');
    listeners.push(b.listener, c.listener);
    expect(b.listener.listening && c.listener.listening).toBe(true);

    // The write path votes and comments use (this process is a third instance).
    await pagesChanged(['/papers/date/2025-09-04', '/papers/2509.00001']);
    await vi.waitFor(() => {
      expect(b.applied).toEqual(['/papers/date/2025-09-04', '/papers/2509.00001']);
      expect(c.applied).toEqual(['/papers/date/2025-09-04', '/papers/2509.00001']);
    });
  });

  it('ignore their own nudges, and still hear the others', async () => {
    const b = await startInstance(instanceId());
    const c = await startInstance('instance-c');
    listeners.push(b.listener, c.listener);
    await pagesChanged(['/papers/date/2025-09-05']);
    await vi.waitFor(() => expect(c.applied).toEqual(['/papers/date/2025-09-05']));
    expect(b.applied).toEqual([]);
  });

  it('reconnect after the listening connection is killed, and catch up on what was written meanwhile', async () => {
    const b = await startInstance('instance-b');
    listeners.push(b.listener);
    const killed = b.listener.backendPid;
    expect(killed).not.toBeNull();
    await db.$queryRaw`SELECT pg_terminate_backend(${killed}::int)`;
    // Written while the listener is down or reconnecting: the poll on reconnect reads it.
    await db.pageChange.create({ data: { path: '/papers/date/2025-09-06', origin: 'instance-x' } });
    await vi.waitFor(() => {
      expect(b.listener.listening).toBe(true);
      expect(b.listener.backendPid).not.toBe(killed);
      expect(b.applied).toContain('/papers/date/2025-09-06');
    });
    // And the new connection hears the next one.
    await pagesChanged(['/papers/date/2025-09-07']);
    await vi.waitFor(() => expect(b.applied).toContain('/papers/date/2025-09-07'));
  });
});

describe('the page-change poller, nudged', () => {
  it('runs one poll at a time, and one more when nudged during a poll', async () => {
    let release: () => void = () => {};
    const calls: string[][] = [];
    const poller = await createPageChangePoller({
      origin: 'me',
      apply: async (paths) => {
        calls.push(paths);
        if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
      },
    });
    await db.pageChange.create({ data: { path: '/a', origin: 'other' } });
    poller.nudge();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await db.pageChange.create({ data: { path: '/b', origin: 'other' } });
    poller.nudge();
    poller.nudge();
    release();
    await vi.waitFor(() => expect(calls).toEqual([['/a'], ['/b']]));
  });
});
