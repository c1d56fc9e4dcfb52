/**
 * `tsx scripts/bench/add-subscribers.ts <count> [personalShare]`: confirmed daily subscribers
 * straight into the DATABASE_URL database, for the digest benchmark (the subscribe flow has its
 * own tests). A share of them (0..1, default 0) are personal: each has an account with the
 * same address, follows a category and a search word, and has upvoted five recent papers, so
 * the digest computes their copy (docs/decisions/028).
 */
import { db, disconnectDb } from '@/lib/db';
import { generateToken } from '@/lib/subscribers/tokens';
import { vocabularyWord } from './snapshot-lines';

const count = Number(process.argv[2]);
const personalShare = Math.min(1, Math.max(0, Number(process.argv[3] ?? 0)));
const CHUNK = 5_000;
const CATEGORIES = ['cs.LG', 'cs.AI', 'cs.CL', 'cs.CV', 'math.CO', 'hep-th', 'quant-ph', 'astro-ph.GA', 'cond-mat.str-el', 'stat.ML'];
const VOTES_EACH = 5;
try {
  const recent = (await db.listing.findMany({ orderBy: [{ day: 'desc' }, { rank: 'asc' }], take: 500, select: { paperId: true } })).map((row) => row.paperId);
  for (let start = 0; start < count; start += CHUNK) {
    const size = Math.min(CHUNK, count - start);
    const numbers = Array.from({ length: size }, (_, index) => start + index + 1);
    // Every 1/share-th subscriber is personal, spread evenly over the ids.
    const personal = numbers.filter((n) => personalShare > 0 && Math.floor(n * personalShare) !== Math.floor((n - 1) * personalShare));
    const isPersonal = new Set(personal);
    await db.subscriber.createMany({
      data: numbers.map((n) => ({
        email: `bench${n}@example.test`,
        status: 'confirmed',
        frequency: 'daily',
        content: isPersonal.has(n) ? 'personal' : 'trending',
        manageKey: generateToken(),
        confirmedAt: new Date(),
      })),
    });
    if (personal.length === 0) continue;
    await db.user.createMany({ data: personal.map((n) => ({ id: `bench-user-${n}`, email: `bench${n}@example.test`, name: `bench${n}` })) });
    await db.follow.createMany({
      data: personal.flatMap((n) => [
        { userId: `bench-user-${n}`, kind: 'category', value: CATEGORIES[n % CATEGORIES.length] ?? 'cs.LG' },
        // A word of rank 200-1,199: a topic, neither everywhere nor nowhere.
        { userId: `bench-user-${n}`, kind: 'query', value: vocabularyWord(200 + (n % 1_000)) },
      ]),
    });
    await db.paperVote.createMany({
      data: personal.flatMap((n) => Array.from({ length: VOTES_EACH }, (_, k) => ({ userId: `bench-user-${n}`, paperId: recent[(n * 7 + k * 31) % Math.max(1, recent.length)] ?? 1 }))),
    });
  }
} finally {
  await disconnectDb();
}
