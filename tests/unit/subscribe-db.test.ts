import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { subscribe } from '@/lib/subscribers/subscribe';
import { resetDatabase } from '../support/reset-database';

beforeEach(resetDatabase);

describe('subscribe', () => {
  it('stores a pending subscriber with a normalised address and timestamps', async () => {
    await subscribe('  Ada@Example.COM ');
    const rows = await db.subscriber.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'ada@example.com', status: 'pending', frequency: 'daily', confirmedAt: null });
    expect(rows[0]?.createdAt).toBeInstanceOf(Date);
  });

  it('keeps one row when the same address subscribes again in any case', async () => {
    await subscribe('ada@example.com');
    const first = await db.subscriber.findUniqueOrThrow({ where: { email: 'ada@example.com' } });
    await subscribe('ADA@example.com');
    await subscribe('ada@EXAMPLE.com');
    const rows = await db.subscriber.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.updatedAt).toEqual(first.updatedAt);
  });

  it('survives concurrent retries of the same address', async () => {
    await Promise.all(Array.from({ length: 8 }, () => subscribe('race@example.com')));
    expect(await db.subscriber.count({ where: { email: 'race@example.com' } })).toBe(1);
  });

  it('refuses an invalid address and stores nothing', async () => {
    await expect(subscribe('not-an-address')).rejects.toThrow(/@/);
    await expect(subscribe('a@b.co\r\nBcc: x@y.z')).rejects.toThrow(/line breaks/);
    expect(await db.subscriber.count()).toBe(0);
  });
});
