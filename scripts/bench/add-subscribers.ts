/**
 * `tsx scripts/bench/add-subscribers.ts <count>`: confirmed daily subscribers straight into the
 * DATABASE_URL database, for the digest benchmark (the subscribe flow has its own tests).
 */
import { db, disconnectDb } from '@/lib/db';
import { generateToken } from '@/lib/subscribers/tokens';

const count = Number(process.argv[2]);
const CHUNK = 5_000;
try {
  for (let start = 0; start < count; start += CHUNK) {
    await db.subscriber.createMany({
      data: Array.from({ length: Math.min(CHUNK, count - start) }, (_, index) => ({
        email: `bench${start + index + 1}@example.test`,
        status: 'confirmed',
        frequency: 'daily',
        manageKey: generateToken(),
        confirmedAt: new Date(),
      })),
    });
  }
} finally {
  await disconnectDb();
}
