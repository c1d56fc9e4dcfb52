/**
 * Page throughput on one running app: each page kind cached (requested once first, then the same
 * URL) and on a cache miss (a list of URLs nobody asked for yet), with and without gzip. The
 * miss runs of the two encodings use disjoint halves of the list, so neither warms the other.
 */
import type { App } from './app-server';
import type { PageTarget } from './page-targets';
import { fetchOnce } from './processes';
import { runWrk, type WrkRun } from './wrk';

export interface PageRow extends WrkRun {
  page: string;
  cache: 'hit' | 'miss';
  gzip: boolean;
}

export async function measurePages(app: App, targets: PageTarget[], seconds: number, log: (line: string) => void): Promise<PageRow[]> {
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
      const duration = run.cache === 'miss' ? Math.max(seconds, 5) : seconds;
      const result = await runWrk({ origin: app.origin, paths: run.paths, gzip: run.gzip, seconds: duration, serverPgid: app.pid });
      rows.push({ page: target.name, cache: run.cache, gzip: run.gzip, ...result });
      log(`  ${target.name} ${run.cache} ${run.gzip ? 'gzip' : 'identity'}: ${result.perSecond.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(1)} ms`);
    }
  }
  return rows;
}
