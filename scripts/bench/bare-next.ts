/**
 * What Next itself costs: a bare Next app (scripts/bench/bare-next/: a root layout of <html> and
 * <body>, and day and paper pages with `dynamic = 'force-dynamic'` that render the same papers'
 * titles, authors and abstracts from the same catalogue through the plain driver) served by
 * `next start` on the same core as the real app. A project of its own rather than a route of
 * the app: every app route renders inside the app's root layout (header, footer, scripts), so
 * no route there can be bare, and nothing of this one can ever be reached in production.
 * Measured side by side with the app on a cache miss, run after run (docs/decisions/025).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { App } from './app-server';
import type { PageTarget } from './page-targets';
import { ROOT } from './paths';
import { fetchOnce, freePort, type Server, spawnBuild, startPinned, waitForUrl } from './processes';
import { runWrk, type WrkRun } from './wrk';

const SOURCE = path.join(ROOT, 'scripts/bench/bare-next');
const BUILD_DIR = '.next-bench-bare';
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
// next's distDir is relative to the project directory, which is SOURCE.
const DIST_FROM_SOURCE = path.relative(SOURCE, path.join(ROOT, BUILD_DIR));

export interface BareRow extends WrkRun {
  page: 'day' | 'paper';
  server: 'app (miss)' | 'bare Next';
  gzip: boolean;
}

function buildIsCurrent(): boolean {
  const id = path.join(ROOT, BUILD_DIR, 'BUILD_ID');
  if (!existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  return !readdirSync(SOURCE, { recursive: true }).some((file) => statSync(path.join(SOURCE, String(file))).mtimeMs > built);
}

export async function buildBareApp(force: boolean): Promise<void> {
  if (!force && buildIsCurrent()) return console.log(`▸ reusing the bare Next build in ${BUILD_DIR}`);
  console.log(`▸ next build of scripts/bench/bare-next into ${BUILD_DIR}`);
  const status = await spawnBuild([NEXT_BIN, 'build', SOURCE], { ...process.env, NEXT_DIST_DIR: DIST_FROM_SOURCE, NEXT_TELEMETRY_DISABLED: '1' });
  if (status !== 0) throw new Error(`next build of the bare app failed (exit ${status})`);
}

async function startBareApp(databaseUrl: string): Promise<{ server: Server; origin: string; pid: number }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = startPinned(0, process.execPath, [NEXT_BIN, 'start', SOURCE, '-H', '127.0.0.1', '-p', String(port)], {
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: DIST_FROM_SOURCE,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  });
  await waitForUrl(`${origin}/papers/date/2000-01-03`, server);
  return { server, origin, pid: server.child.pid ?? 0 };
}

/**
 * The app on a cache miss and the bare page, each encoding, alternating runs over the same
 * never-requested paths (`target.compare`, kept out of every other run's list): "CPU ms per
 * request" of both, and their ratio in the summary.
 */
export async function measureMissVsBare(app: App, databaseUrl: string, targets: PageTarget[], seconds: number, log: (line: string) => void, encodings: boolean[] = [false, true]): Promise<BareRow[]> {
  const bare = await startBareApp(databaseUrl);
  const rows: BareRow[] = [];
  try {
    for (const target of targets) {
      if ((target.name !== 'day' && target.name !== 'paper') || !target.compare?.length) continue;
      const page = target.name;
      // Warm both (a route's first renders load its code): the app on the far end of its miss
      // list, which the other runs do not reach, the bare app on a few of the compared pages.
      for (let round = 0; round < 5; round += 1) {
        for (const url of [`${app.origin}${target.misses.at(-1 - round) ?? target.hit}`, `${bare.origin}${target.compare[round % target.compare.length]}`]) {
          const warm = await fetchOnce(url);
          if (!warm.ok) throw new Error(`${url} answered ${warm.status}`);
          await warm.arrayBuffer();
        }
      }
      // Disjoint halves per encoding, so the app's gzip run is no cache hit of its identity run.
      const half = Math.floor(target.compare.length / 2);
      for (const [gzip, paths] of ([[false, target.compare.slice(0, half)], [true, target.compare.slice(half)]] as const).filter(([gzip]) => encodings.includes(gzip))) {
        for (const [server, origin, pid] of [['app (miss)', app.origin, app.pid], ['bare Next', bare.origin, bare.pid]] as const) {
          const result = await runWrk({ origin, paths, gzip, seconds, serverPgid: pid });
          rows.push({ page, server, gzip, ...result });
          const wrapped = result.requests > paths.length && server === 'app (miss)' ? ` (${result.requests} requests over ${paths.length} paths: some were hits)` : '';
          log(`  ${server} ${page} ${gzip ? 'gzip' : 'identity'}: ${result.perSecond.toFixed(0)} req/s, CPU ${result.cpuMsPerRequest?.toFixed(1)} ms/req${wrapped}`);
        }
      }
    }
  } finally {
    await bare.server.stop();
  }
  return rows;
}
