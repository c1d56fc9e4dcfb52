/**
 * Page throughput on one running app: each page kind cached (requested once first, then the same
 * URL) and on a cache miss (a list of URLs nobody asked for yet), with and without gzip. The
 * miss runs of the two encodings use disjoint halves of the list, so neither warms the other.
 */
import { type App, startApp, stopApp } from './app-server';
import type { PageTarget } from './page-targets';
import { fetchOnce } from './processes';
import { runWrk, type WrkRun } from './wrk';

export interface PageRow extends WrkRun {
  /** `app`: scripts/serve.ts with its page cache; `next alone`: the same build with PAGE_CACHE_MB=0. */
  server: 'app' | 'next alone';
  page: string;
  cache: 'hit' | 'miss';
  gzip: boolean;
}

export async function measurePages(app: App, targets: PageTarget[], seconds: number, log: (line: string) => void, missSeconds = 5): Promise<PageRow[]> {
  const rows: PageRow[] = [];
  for (const target of targets) {
    const warm = await fetchOnce(`${app.origin}${target.hit}`);
    if (!warm.ok) throw new Error(`${target.hit} answered ${warm.status}`);
    const half = Math.floor(target.misses.length / 2);
    const runs = [
      { cache: 'hit' as const, gzip: false, paths: [target.hit] },
      { cache: 'hit' as const, gzip: true, paths: [target.hit] },
      { cache: 'miss' as const, gzip: false, paths: target.misses.slice(0, half) },
      { cache: 'miss' as const, gzip: true, paths: target.misses.slice(half) },
    ];
    for (const run of runs) {
      // A miss costs a render (tens of ms of CPU) and 50 of them queue: give it time to settle.
      const duration = run.cache === 'miss' ? Math.max(seconds, missSeconds) : seconds;
      const result = await runWrk({ origin: app.origin, paths: run.paths, gzip: run.gzip, seconds: duration, serverPgid: app.pid });
      rows.push({ server: 'app', page: target.name, cache: run.cache, gzip: run.gzip, ...result });
      log(`  ${target.name} ${run.cache} ${run.gzip ? 'gzip' : 'identity'}: ${result.perSecond.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(1)} ms`);
    }
  }
  return rows;
}

/**
 * The reference for the page cache: the same build served by Next alone (its own ISR cache,
 * compressing each response itself), cached pages only, so "app ÷ Next alone" is the gain.
 */
export async function measureNextAlone(databaseUrl: string, targets: PageTarget[], seconds: number, log: (line: string) => void): Promise<PageRow[]> {
  const app = await startApp(databaseUrl, { pageCacheMb: 0, instance: 'next-alone' });
  const rows: PageRow[] = [];
  try {
    for (const target of targets.filter((item) => item.name !== 'search')) {
      const warm = await fetchOnce(`${app.origin}${target.hit}`);
      if (!warm.ok) throw new Error(`${target.hit} answered ${warm.status}`);
      for (const gzip of [false, true]) {
        const result = await runWrk({ origin: app.origin, paths: [target.hit], gzip, seconds, serverPgid: app.pid });
        rows.push({ server: 'next alone', page: target.name, cache: 'hit', gzip, ...result });
        log(`  Next alone ${target.name} hit ${gzip ? 'gzip' : 'identity'}: ${result.perSecond.toFixed(0)} req/s`);
      }
    }
  } finally {
    await stopApp(app);
  }
  return rows;
}
