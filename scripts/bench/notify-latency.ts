/**
 * `DATABASE_URL=postgresql://… npx tsx scripts/bench/notify-latency.ts`: how long a page change
 * takes to reach another instance through PostgreSQL (docs/decisions/026): from the start of the
 * write (PageChange rows + NOTIFY, lib/community/page-changes.ts) to the moment a second
 * instance's poller hands the paths to its caches, nudged by its listener. 50 changes, one at
 * a time. The database must be migrated; the rows written are removed.
 */
import '@/lib/cli/checked-env';
import { performance } from 'node:perf_hooks';
import { startPageChangeListener } from '@/lib/community/page-change-listener';
import { createPageChangePoller } from '@/lib/community/page-change-poller';
import { pagesChanged } from '@/lib/community/page-changes';
import { db, disconnectDb } from '@/lib/db';
import { resolveDatabaseUrl } from '@/lib/db/database-url';

const ROUNDS = 50;
const database = resolveDatabaseUrl();
if (database.provider !== 'postgresql') throw new Error('LISTEN/NOTIFY needs DATABASE_URL=postgresql://…');

let arrived: ((at: number) => void) | null = null;
const poller = await createPageChangePoller({ origin: 'bench-listener', apply: async () => arrived?.(performance.now()) });
const listener = startPageChangeListener({ databaseUrl: database.url, onNudge: (from) => from !== 'bench-listener' && poller.nudge() });
await listener.ready;
const times: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const reached = new Promise<number>((resolve) => (arrived = resolve));
  const start = performance.now();
  await pagesChanged([`/papers/date/2025-09-0${(round % 9) + 1}`, `/papers/bench-${round}`]);
  times.push((await reached) - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(1);
console.log(`${ROUNDS} page changes, write start to the other instance's drop: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
await listener.stop();
await db.pageChange.deleteMany({ where: { path: { startsWith: '/papers/' } } });
await disconnectDb();
