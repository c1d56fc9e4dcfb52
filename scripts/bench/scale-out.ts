/**
 * Scale-out (issue 6): two app instances on one PostgreSQL database behind the shipped nginx
 * config (deploy/nginx/daily-papers.conf). Checks that both serve the same day page, times how
 * long a paper imported by the CLI takes to show on each instance and through nginx, and counts
 * failed requests while one instance restarts under load. Runs on a copy of the catalogue.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type App, startApp, stopApp } from './app-server';
import { type Catalogue } from './catalogue';
import { LAST_DAY } from './catalogue-lines';
import { startProxyNginx } from './nginx';
import { postgresUrl, ROOT, WORK } from './paths';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres-admin';
import { freePort } from './processes';
import { parseWrkOutput, wrkArgs } from './wrk';

export interface ScaleOutRow {
  instances: number;
  /** Both instances answered the day page with the same papers in the same order. */
  samePage: boolean;
  /** After the import command returned: ms until the new paper showed, per instance. */
  visibleOnInstancesMs: number[];
  /** The same through nginx, whose copy may be up to proxyMaxAgeS old. */
  visibleThroughProxyMs: number | null;
  proxyMaxAgeS: number;
  /** wrk through nginx while instance A stops (SIGTERM) and starts again. */
  restartRequests: number;
  restartErrors: number;
  restartPerSecond: number;
  /** How long instance A was gone (stop to ready). */
  restartGapMs: number;
}

const DATABASE = 'dp_bench_scaleout';
const PROBE_ID = '2612.99999';

export async function measureScaleOut(catalogue: Catalogue, seconds: number, proxyMaxAgeS: number, log: (line: string) => void): Promise<ScaleOutRow> {
  await createPostgresDatabase(DATABASE, `dp_bench_${catalogue.size}`);
  const databaseUrl = postgresUrl(DATABASE);
  const ports = [await freePort(), await freePort()];
  const origins = ports.map((port) => `http://127.0.0.1:${port}`);
  const shared = { revalidateUrls: origins.join(','), proxyMaxAgeS };
  const apps: App[] = [];
  let nginx: Awaited<ReturnType<typeof startProxyNginx>> | null = null;
  try {
    apps.push(await startApp(databaseUrl, { ...shared, instance: 'a', port: ports[0] }));
    apps.push(await startApp(databaseUrl, { ...shared, instance: 'b', port: ports[1] }));
    nginx = await startProxyNginx(origins);
    const dayPath = `/papers/date/${LAST_DAY}`;

    const lists = await Promise.all(origins.map(async (origin) => paperLinks(await text(`${origin}${dayPath}`))));
    const samePage = lists[0]?.length !== 0 && JSON.stringify(lists[0]) === JSON.stringify(lists[1]);
    log(`  both instances list ${lists.map((list) => list.length).join(' and ')} papers on ${LAST_DAY}: ${samePage ? 'the same' : 'DIFFERENT'}`);

    // Warm nginx's copy, then import a paper onto that day with the real CLI.
    await text(`${nginx.origin}${dayPath}`);
    const title = `Scale-out probe ${Date.now()}`;
    importProbe(databaseUrl, title, shared.revalidateUrls);
    const imported = Date.now();
    const visibleOnInstancesMs = await Promise.all(origins.map((origin) => timeUntil(`${origin}${dayPath}`, title, imported, 10_000)));
    const visibleThroughProxyMs = await timeUntil(`${nginx.origin}${dayPath}`, title, imported, (proxyMaxAgeS + 30) * 1000);
    log(`  the imported paper showed on the instances after ${visibleOnInstancesMs.join(' / ')} ms, through nginx after ${visibleThroughProxyMs ?? 'more than the bound'} ms`);

    // Restart instance A under load: nginx must send everything to B meanwhile.
    const paths = Array.from({ length: 20_000 }, (_, index) => `${dayPath}?visit=${index}`);
    const duration = Math.max(seconds, 12);
    // Every request is a new URL, so nginx cannot answer it: an instance must (its page cache
    // keys the page without the `visit` parameter, which the page does not read, and answers
    // from memory once it has rendered the page after its restart). 8 connections are a load the instances can carry: with 50, both instances,
    // pinned to one core, queued requests behind each other and the restarting one's start-up
    // on that core, and a few waited past wrk's 10 s timeout (overload, not requests lost).
    const load = runWrkAsync(wrkArgs({ origin: nginx.origin, paths, gzip: true, seconds: duration, connections: 8 }));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const stopped = Date.now();
    const first = apps[0];
    if (first) await stopApp(first, { keepBuild: true });
    apps[0] = await startApp(databaseUrl, { ...shared, instance: 'a', port: ports[0], restart: true });
    const restartGapMs = Date.now() - stopped;
    const output = await load;
    const run = parseWrkOutput(output);
    const why = output.split('\n').filter((line) => /Socket errors|Non-2xx/.test(line)).map((line) => line.trim()).join('; ');
    log(`  restart of one instance under load: ${run.requests} requests, ${run.errors} failed${why ? ` (${why})` : ''}; instance gone ${restartGapMs} ms`);
    return {
      instances: 2,
      samePage,
      visibleOnInstancesMs: visibleOnInstancesMs.map((ms) => ms ?? Number.NaN),
      visibleThroughProxyMs,
      proxyMaxAgeS,
      restartRequests: run.requests,
      restartErrors: run.errors,
      restartPerSecond: run.perSecond,
      restartGapMs,
    };
  } finally {
    await nginx?.server.stop();
    for (const app of apps) await stopApp(app);
    await dropPostgresDatabase(DATABASE);
  }
}

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** The paper links of a list page, in order. */
function paperLinks(html: string): string[] {
  return [...html.matchAll(/<h3[^>]*><a[^>]*href="(\/papers\/[^"]+)"/g)].map((match) => match[1] ?? '');
}

/** Ms from `since` until `url` contains `needle` (polled every 100 ms), or null past `limitMs`. */
async function timeUntil(url: string, needle: string, since: number, limitMs: number): Promise<number | null> {
  while (Date.now() - since < limitMs) {
    if ((await text(url)).includes(needle)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

function importProbe(databaseUrl: string, title: string, revalidateUrls: string): void {
  const file = path.join(WORK, 'scale-out-probe.jsonl');
  const line = {
    id: PROBE_ID,
    title,
    abstract: 'A paper imported while two instances serve the site, to time when readers see it.',
    authors: 'Probe Author',
    authors_parsed: [['Author', 'Probe', '']],
    categories: 'cs.DC',
    versions: [{ version: 'v1', created: 'Mon, 1 Dec 2025 10:00:00 GMT' }],
  };
  writeFileSync(file, `${JSON.stringify(line)}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', 'snapshot', file, '--list-on', LAST_DAY], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, REVALIDATE_URLS: revalidateUrls },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the probe import failed:\n${result.stdout}${result.stderr}`);
  const reached = result.stdout.match(/: pages revalidated\./g)?.length ?? 0;
  if (reached !== revalidateUrls.split(',').length) throw new Error(`the import did not reach every instance:\n${result.stdout}`);
}

function runWrkAsync(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('taskset', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`wrk failed (exit ${code}):\n${output}`))));
  });
}
