/**
 * `npm run bench -- [--quick] …` (options.ts): the measurement suite of issue 6. For each
 * catalogue size and engine it serves the production build and measures pages, nginx limits,
 * search/API latency and page weight; then ingest and digest. Prints progress, a summary, and
 * writes every number to .tmp/bench/results-<timestamp>.json.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { buildApp, startApp, stopApp } from './app-server';
import { buildBareApp, measureMissVsBare } from './bare-next';
import { dropCatalogues, ensureCatalogue } from './catalogue';
import { measureCommunity } from './community';
import { measureDigest } from './digest-bench';
import { measureIngest } from './ingest-step';
import { measureLatency } from './latency';
import { measureProxy, measureStaticLimit } from './nginx-runs';
import { parseBenchOptions } from './options';
import { catalogueDays, pageTargets, searchQueries } from './page-targets';
import { measureNextAlone, measurePages } from './pages';
import { measureScaleOut } from './scale-out';
import { stopAll } from './processes';
import { writeResults } from './report';
import { type BenchResults, printSummary } from './summary';
import { measureLighthouse } from './lighthouse';
import { measureWeight } from './weight';

const options = parseBenchOptions(process.argv.slice(2));
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
const wants = (section: (typeof options.sections)[number]) => options.sections.includes(section);

if (options.dropCatalogues) {
  await dropCatalogues();
  process.exit(0);
}
for (const tool of ['wrk', 'nginx', 'taskset']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is missing: apt-get install -y wrk nginx util-linux`);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().then(() => process.exit(130)));

const results: BenchResults = { pages: [], bare: [], community: [], nginx: [], latency: [], weight: [], lighthouse: [], scaleOut: [], ingest: [], digest: [] };
try {
  const serving = wants('pages') || wants('latency') || wants('weight');
  // The two builds side by side: each leaves a core idle for much of its run.
  await Promise.all([serving || wants('scaleout') ? buildApp(options.rebuild) : null, wants('pages') ? buildBareApp(options.rebuild) : null]);
  for (const size of options.sizes) {
    for (const [index, engine] of options.engines.entries()) {
      const catalogue = await ensureCatalogue(engine, size);
      if (!serving) continue;
      log(`${engine}, ${size.toLocaleString('en-US')} papers: starting the app`);
      const app = await startApp(catalogue.databaseUrl);
      const tag = { engine, size };
      try {
        const targets = pageTargets(size);
        // --quick measures throughput on the first engine only; the others get latency.
        if (wants('pages') && (index === 0 || !options.quick)) {
          // First, while every compared page is still a miss: the app beside a bare Next page.
          // --quick compares gzip only, what browsers ask for.
          const bare = await measureMissVsBare(app, catalogue.databaseUrl, targets, options.quick ? 3 : 5, log, options.quick ? [true] : [false, true]);
          results.bare.push(...bare.map((row) => ({ ...tag, ...row })));
          // --quick loads the day and paper pages only: a week page's miss takes longer than a
          // 3 s run (none finished), and search has its latency run below.
          const loaded = options.quick ? targets.filter((target) => target.name === 'day' || target.name === 'paper') : targets;
          const rows = await measurePages(app, loaded, options.seconds, log, options.quick ? 3 : 5);
          results.pages.push(...rows.map((row) => ({ ...tag, ...row })));
          // nginx does not depend on the engine: once per size, against the first engine's app.
          // --quick leaves out the comparisons that do not change with the code under test: nginx
          // serving files, and Next without the page cache.
          if (index === 0 && !options.quick) results.nginx.push(...(await measureStaticLimit(app, loaded, rows, options.seconds, log)).map((row) => ({ ...tag, ...row })));
          if (index === 0 && options.proxy && targets[0]) results.nginx.push(...(await measureProxy(app, targets[0], rows, options.seconds, log)).map((row) => ({ ...tag, ...row })));
          if (index === 0 && !options.quick) results.pages.push(...(await measureNextAlone(catalogue.databaseUrl, loaded, options.seconds, log)).map((row) => ({ ...tag, ...row })));
          // After the page runs, which it would disturb (each vote drops the day's pages).
          if (targets[0]) results.community.push(...(await measureCommunity(app, targets[0].hit, options.seconds, log)).map((row) => ({ ...tag, ...row })));
        }
        if (wants('latency')) {
          const search = searchQueries().map((q) => `/search?q=${encodeURIComponent(q)}`);
          const api = catalogueDays(size, 200).map((day) => `/api/daily_papers?date=${day}`);
          // Pages nobody has asked for yet: the wrk miss runs start at the beginning and the
          // middle of each miss list, so these start a quarter of the way in.
          const fromQuarter = (list: string[] = []) => list.slice(Math.floor(list.length / 4));
          const endpoints = [
            ['search', search],
            ['api/daily_papers', api],
            ['day page (miss)', fromQuarter(targets[0]?.misses)],
            ['paper page (miss)', fromQuarter(targets[2]?.misses)],
          ] as const;
          for (const [endpoint, paths] of endpoints.filter(([name]) => options.endpoints.some((wanted) => name.startsWith(wanted)))) {
            // A paper page on a miss ranks similar papers (hundreds of ms at 1M): fewer samples.
            const requests = endpoint === 'paper page (miss)' ? Math.ceil(options.latencyRequests / 3) : options.latencyRequests;
            const row = await measureLatency(endpoint, app.origin, paths, requests);
            results.latency.push({ ...tag, ...row });
            log(`  ${endpoint}: p50 ${row.p50Ms.toFixed(1)} ms, p95 ${row.p95Ms.toFixed(1)} ms, p99 ${row.p99Ms.toFixed(1)} ms`);
          }
        }
        if (wants('weight') && results.weight.length === 0 && targets[0] && targets[2]) {
          // A day holds ~25 papers and a week list up to 100: the target is stated for 50.
          const weighed = ([['day list', targets[0].hit], ['week list', targets[1]?.hit], ['paper', targets[2].hit]] as const).flatMap(([page, path]) => (path ? [{ page, path }] : []));
          for (const { page, path } of weighed) results.weight.push(await measureWeight(page, app.origin, path));
          log('  page weight measured');
          // About 20 s a page: --quick scores the day list only.
          for (const { page, path } of options.quick ? weighed.slice(0, 1) : weighed) {
            const row = measureLighthouse(page, `${app.origin}${path}`);
            results.lighthouse.push(row);
            log(`  Lighthouse ${page}: performance ${row.performance}, accessibility ${row.accessibility}, best practices ${row.bestPractices}, SEO ${row.seo}`);
          }
        }
      } finally {
        await stopApp(app);
      }
    }
  }
  if (wants('scaleout') && options.engines.includes('postgres')) {
    const size = options.sizes[0] ?? 10_000;
    log(`scale-out: two instances on PostgreSQL (${size.toLocaleString('en-US')} papers) behind deploy/nginx/daily-papers.conf`);
    results.scaleOut.push(await measureScaleOut(await ensureCatalogue('postgres', size), options.seconds, options.proxyMaxAgeS, log));
  }
  if (wants('ingest')) {
    log(`ingest benchmark, ${options.ingestLines.toLocaleString('en-US')} lines`);
    results.ingest.push(...measureIngest(options.ingestLines));
  }
  if (wants('digest')) {
    // --quick: the first engine only (engines are compared by the full run, 100k subscribers).
    for (const engine of options.quick ? options.engines.slice(0, 1) : options.engines) {
      log(`digest to ${options.digestSubscribers.toLocaleString('en-US')} subscribers on ${engine}`);
      results.digest.push(await measureDigest(await ensureCatalogue(engine, options.sizes[0] ?? 10_000), options.digestSubscribers));
    }
  }
} finally {
  await stopAll();
}

printSummary(results);
const file = writeResults({ startedAt: new Date(started).toISOString(), cpus: cpus().length, node: process.version, options, ...results });
console.log(`\nAll numbers: ${file} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
