/**
 * Scale-out (issues 6, 13): two app instances on one PostgreSQL database behind the shipped
 * nginx config (deploy/nginx/daily-papers.conf), with NO list of instances (no REVALIDATE_URLS):
 * they learn of changes through the database (LISTEN/NOTIFY, docs/decisions/026). Checks that
 * both serve the same day page, times how long a paper imported by the CLI takes to show on
 * each instance and through nginx, checks that pages of other days stay cached (X-Page-Cache:
 * HIT) after the import, counts the API answers one client gets through nginx against the
 * shared limit, and counts failed requests while one instance restarts under load. Runs on a
 * copy of the catalogue.
 */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type App, startApp, stopApp } from './app-server';
import { API_RATE_LIMIT } from '@/lib/api/http';
import { BENCH_PG_PREFIX, type Catalogue, postgresCatalogueName } from './catalogue';
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
  /** After the import command said it told the instances (NOTIFY sent): ms until each instance had dropped the day page (its first non-HIT answer began). */
  droppedOnInstancesMs: number[];
  /** The same until the new paper showed (the page's render on a miss included). */
  visibleOnInstancesMs: number[];
  /** The same through nginx, whose copy may be up to proxyMaxAgeS old. */
  visibleThroughProxyMs: number | null;
  proxyMaxAgeS: number;
  /** Pages of other days (lists, variants, a paper) warmed before the import: still HIT after it, on both instances. */
  otherDayPagesHit: number;
  otherDayPagesChecked: number;
  /** API requests one client sent through nginx (both instances), and how many were answered 200; the limit is apiLimit per window. */
  apiRequests: number;
  apiAllowed: number;
  apiLimit: number;
  /** wrk through nginx while instance A stops (SIGTERM) and starts again. */
  restartRequests: number;
  restartErrors: number;
  restartPerSecond: number;
  /** How long instance A was gone (stop to ready). */
  restartGapMs: number;
}

const DATABASE = `${BENCH_PG_PREFIX}_scaleout`;
const PROBE_ID = '2612.99999';
/** A day two weeks before the probe's: another week and month. */
const OTHER_DAY = '2025-08-20';
/** The day before the probe's, in its week: its own page stays, the week's does not. */
const SAME_WEEK_DAY = '2025-09-04';
/** Paced so each instance flushes its counts (every second) several times during the run. */
const API_REQUESTS = 700;
const API_PER_SECOND = 100;

/** Pages the probe import must not drop: another day's lists and variants, its week, month and a paper of it. */
async function otherDayPages(origin: string): Promise<string[]> {
  const paper = paperLinks(await text(`${origin}/papers/date/${OTHER_DAY}`))[0];
  return [
    `/papers/date/${OTHER_DAY}`,
    `/papers/date/${OTHER_DAY}?sort=trending`,
    '/papers/week/2025-W34',
    '/papers/month/2025-08',
    `/papers/date/${SAME_WEEK_DAY}`,
    ...(paper ? [paper] : []),
  ];
}

/** Sends `count` GETs at `perSecond`, one at a time; returns how many were answered 200. */
async function countAllowed(url: string, count: number, perSecond: number): Promise<number> {
  let allowed = 0;
  const start = Date.now();
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status === 200) allowed += 1;
    const due = start + ((i + 1) * 1000) / perSecond;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
  }
  return allowed;
}

export async function measureScaleOut(catalogue: Catalogue, seconds: number, proxyMaxAgeS: number, log: (line: string) => void): Promise<ScaleOutRow> {
  await createPostgresDatabase(DATABASE, postgresCatalogueName(catalogue.size));
  const databaseUrl = postgresUrl(DATABASE);
  // The copy starts with no counts: the catalogue keeps the rate-limit rows of the runs made on
  // it (the latency run's API requests), which would make the API count below admit fewer.
  await clearRateLimits(databaseUrl);
  const ports = [await freePort(), await freePort()];
  const origins = ports.map((port) => `http://127.0.0.1:${port}`);
  // No instance list: each instance LISTENs on the database (an empty value is "unset").
  const shared = { revalidateUrls: '', proxyMaxAgeS };
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

    // Warm nginx's copy and, on both instances, pages of other days; then import a paper onto
    // the last day with the real CLI.
    await text(`${nginx.origin}${dayPath}`);
    const others = await otherDayPages(origins[0] ?? '');
    for (const origin of origins) for (const path of [dayPath, ...others]) await text(`${origin}${path}`);
    const title = `Scale-out probe ${Date.now()}`;
    // Both instances are watched while the import runs: each answers the day page from its cache
    // (HIT) until the notification reaches it and it drops the page.
    const probe = importProbe(databaseUrl, title);
    const watched = origins.map((origin) => watchDrop(`${origin}${dayPath}`, title, 60_000));
    await probe.done;
    const told = await probe.told;
    const seen = await Promise.all(watched);
    const droppedOnInstancesMs = seen.map((times) => (times ? times.droppedAt - told : Number.NaN));
    const visibleOnInstancesMs = seen.map((times) => (times ? times.shownAt - told : Number.NaN));
    const visibleThroughProxyMs = await timeUntil(`${nginx.origin}${dayPath}`, title, told, (proxyMaxAgeS + 30) * 1000);
    log(`  after the import told the instances (NOTIFY): each dropped the day page within ${droppedOnInstancesMs.join(' / ')} ms and showed the paper after ${visibleOnInstancesMs.join(' / ')} ms (render included); through nginx after ${visibleThroughProxyMs ?? 'more than the bound'} ms`);
    let otherDayPagesHit = 0;
    const missed: string[] = [];
    for (const origin of origins) {
      for (const path of others) {
        if ((await fetch(`${origin}${path}`)).headers.get('x-page-cache') === 'HIT') otherDayPagesHit += 1;
        else missed.push(`${origin}${path}`);
      }
    }
    const otherDayPagesChecked = others.length * origins.length;
    log(`  pages of other days still cached after the import: ${otherDayPagesHit} of ${otherDayPagesChecked} (X-Page-Cache: HIT)${missed.length ? `; dropped: ${missed.join(', ')}` : ''}`);

    const api = await countAllowed(`${nginx.origin}/api/daily_papers?date=${OTHER_DAY}`, API_REQUESTS, API_PER_SECOND);
    log(`  one client through nginx: ${api} of ${API_REQUESTS} API requests answered (limit ${API_RATE_LIMIT.limit} per ${API_RATE_LIMIT.windowMs / 60_000} min, shared; counted per process it would be ${2 * API_RATE_LIMIT.limit})`);

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
      droppedOnInstancesMs,
      visibleOnInstancesMs,
      visibleThroughProxyMs,
      proxyMaxAgeS,
      otherDayPagesHit,
      otherDayPagesChecked,
      apiRequests: API_REQUESTS,
      apiAllowed: api,
      apiLimit: API_RATE_LIMIT.limit,
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

/** Ms from `since` until `url` contains `needle` (polled every 10 ms), or null past `limitMs`. */
async function timeUntil(url: string, needle: string, since: number, limitMs: number): Promise<number | null> {
  while (Date.now() - since < limitMs) {
    if ((await text(url)).includes(needle)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return null;
}

/**
 * Imports the probe paper with the CLI, with no instance list. `told` resolves when the command
 * says it told the instances through the database (the NOTIFY went out just before).
 */
function importProbe(databaseUrl: string, title: string): { told: Promise<number>; done: Promise<void> } {
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', 'snapshot', file, '--list-on', LAST_DAY], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, REVALIDATE_URLS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let markTold: (at: number) => void = () => {};
  const told = new Promise<number>((resolve) => (markTold = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (/Told every instance through the database/.test(output)) markTold(Date.now());
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the probe import failed:\n${output}`));
      else if (!/Told every instance through the database/.test(output) || /App at /.test(output)) reject(new Error(`the import did not go through the database alone:\n${output}`));
      else resolve();
    });
  });
  return { told, done };
}

/**
 * Asks for `url` over and over from now on: when its first answer that was not a cache HIT
 * began (the instance had dropped the page by then), and when an answer first showed `needle`.
 */
async function watchDrop(url: string, needle: string, limitMs: number): Promise<{ droppedAt: number; shownAt: number } | null> {
  const start = Date.now();
  let droppedAt: number | null = null;
  while (Date.now() - start < limitMs) {
    const asked = Date.now();
    const response = await fetch(url);
    const body = await response.text();
    // The page was warm (HIT, kept for an hour): the first other answer follows the drop. It
    // may begin before the command's line reaches us (a negative delay).
    if (droppedAt === null && response.headers.get('x-page-cache') !== 'HIT') droppedAt = asked;
    if (body.includes(needle)) return { droppedAt: droppedAt ?? asked, shownAt: Date.now() };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return null;
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

async function clearRateLimits(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DELETE FROM "RateLimitBucket"');
  } finally {
    await client.end();
  }
}
