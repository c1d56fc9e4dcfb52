/**
 * `DATABASE_URL=… npx tsx scripts/bench/rate-limit.ts`: what the API and search limits cost per
 * request, counted in memory (lib/api/memory-rate-limit.ts) and shared through the database
 * (lib/rate-limit/shared-window.ts, docs/decisions/026), and what one flush of the shared
 * counts costs the database (one upsert for every key hit since the last flush). The database
 * must be migrated (npm run db:migrate); the script only adds and then removes its own rows.
 */
import '@/lib/cli/checked-env';
import { performance } from 'node:perf_hooks';
import { createMemoryRateLimiter } from '@/lib/api/memory-rate-limit';
import { db, databaseProvider, disconnectDb } from '@/lib/db';
import { databaseCounterStore } from '@/lib/rate-limit/counter-store';
import { createSharedRateLimiter } from '@/lib/rate-limit/shared-window';

const HITS = 1_000_000;
const KEYS = 1_000;
const rule = { limit: 500, windowMs: 5 * 60_000 };
const addresses = Array.from({ length: KEYS }, (_, i) => `198.51.${Math.floor(i / 256)}.${i % 256}`);

function hitsPerSecond(hit: (key: string) => unknown): number {
  const start = performance.now();
  for (let i = 0; i < HITS; i += 1) hit(addresses[i % KEYS] ?? '');
  return Math.round(HITS / ((performance.now() - start) / 1000));
}

async function main(): Promise<void> {
  const name = `read-limit:bench-${process.pid}`;
  const memory = createMemoryRateLimiter(rule);
  const shared = createSharedRateLimiter({ name, ...rule, store: databaseCounterStore(name, rule.windowMs) });
  // Interleaved, twice each: the machine is shared.
  const rates = { memory: [] as number[], shared: [] as number[] };
  for (let round = 0; round < 2; round += 1) {
    rates.memory.push(hitsPerSecond((key) => memory.hit(key)));
    rates.shared.push(hitsPerSecond((key) => shared.hit(key)));
  }
  console.log(`engine ${databaseProvider()}: ${HITS.toLocaleString('en-US')} hits over ${KEYS} addresses`);
  console.log(`  in memory: ${Math.max(...rates.memory).toLocaleString('en-US')} hits/s; shared (between flushes): ${Math.max(...rates.shared).toLocaleString('en-US')} hits/s`);

  for (const keys of [1, 10, 100, 1_000]) {
    const times: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      for (let i = 0; i < keys; i += 1) shared.hit(addresses[i] ?? '');
      const start = performance.now();
      await shared.flush();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`  one flush of ${String(keys).padStart(5)} keys: median ${times[2]?.toFixed(1)} ms (min ${times[0]?.toFixed(1)}, max ${times[4]?.toFixed(1)})`);
  }
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: `${name}:` } } });
  await disconnectDb();
}

await main();
