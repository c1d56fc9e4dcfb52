import { db } from '@/lib/db';
import { generateToken } from '@/lib/subscribers/tokens';

/** Subscribers straight into the table (the lifecycle has its own tests). */
export async function createSubscribers(count: number, overrides: { status?: string; frequency?: string; prefix?: string } = {}) {
  const prefix = overrides.prefix ?? 'reader';
  await db.subscriber.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      email: `${prefix}${index + 1}@example.com`,
      status: overrides.status ?? 'confirmed',
      frequency: overrides.frequency ?? 'daily',
      manageKey: generateToken(),
      confirmedAt: new Date('2025-09-01T00:00:00Z'),
    })),
  });
  return Array.from({ length: count }, (_, index) => `${prefix}${index + 1}@example.com`);
}
