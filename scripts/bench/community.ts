/**
 * What the community layer costs (issue 12): a vote (POST /votes, the whole write: lock,
 * recount, PageChange rows, the pages it drops) and a signed-in reader's page view (the same
 * cached page as everyone, plus the private /api/me request its script makes). A reader signs
 * in through the real flow (the link the app writes to its outbox), votes on the catalogue's
 * latest day, and withdraws every vote at the end, so the kept catalogue is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from './app-server';
import { WORK } from './paths';
import { fetchOnce, groupCpuMs, waitForIdle } from './processes';
import { parseWrkOutput, type WrkRun } from './wrk';
import { measureLatency } from './latency';

export interface CommunityRow extends WrkRun {
  what: string;
  connections: number;
}

export const BENCH_OUTBOX = path.join(WORK, 'outbox');

async function signInReader(origin: string): Promise<string> {
  const email = `bench-reader@example.com`;
  const headers = { origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  mkdirSync(BENCH_OUTBOX, { recursive: true });
  const before = new Set(readdirSync(BENCH_OUTBOX));
  const sent = await fetchOnce(`${origin}/signin/send`, { method: 'POST', headers, body: new URLSearchParams({ email, next: '/' }) });
  if (!sent.ok) throw new Error(`/signin/send answered ${sent.status}`);
  const file = readdirSync(BENCH_OUTBOX).filter((name) => name.endsWith('.eml') && !before.has(name)).sort().at(-1);
  const token = file ? /token=([A-Za-z0-9]+)/.exec(readFileSync(path.join(BENCH_OUTBOX, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/gi, '='))?.[1] : undefined;
  if (!token) throw new Error('no sign-in link in the outbox');
  const verified = await fetchOnce(`${origin}/signin/verify`, { method: 'POST', headers, body: new URLSearchParams({ token, next: '/' }), redirect: 'manual' });
  const cookies = verified.headers.getSetCookie().map((line) => line.split(';', 1)[0]).join('; ');
  if (!cookies.includes('session_token')) throw new Error(`/signin/verify answered ${verified.status} without a session`);
  return cookies;
}

function wrk(app: App, args: string[], seconds: number, connections: number): WrkRun {
  const cpuBefore = groupCpuMs(app.pid);
  const result = spawnSync('taskset', ['-c', '1', 'wrk', '-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '10s', ...args], { encoding: 'utf8' });
  const cpuAfter = groupCpuMs(app.pid);
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr || result.stdout}`);
  const run = parseWrkOutput(result.stdout);
  return { ...run, cpuMsPerRequest: run.requests > 0 ? (cpuAfter - cpuBefore) / run.requests : null };
}

export async function measureCommunity(app: App, dayPath: string, seconds: number, log: (line: string) => void): Promise<CommunityRow[]> {
  const cookie = await signInReader(app.origin);
  const html = await (await fetchOnce(`${app.origin}${dayPath}`)).text();
  const ids = [...new Set([...html.matchAll(/data-paper-id="(\d+)"/g)].map((match) => match[1] ?? ''))].filter(Boolean);
  if (ids.length === 0) throw new Error(`${dayPath} shows no vote buttons`);
  const auth = ['-H', `Cookie: ${cookie}`];
  const rows: CommunityRow[] = [];
  const add = (what: string, connections: number, run: WrkRun) => {
    rows.push({ what, connections, ...run });
    log(`  ${what} (-c${connections}): ${run.perSecond.toFixed(0)}/s, p50 ${run.p50Ms.toFixed(2)} ms, CPU ${run.cpuMsPerRequest?.toFixed(2)} ms/request, ${run.errors} errors`);
  };
  try {
    // A signed-in page view: the cached page (the very bytes everyone gets) and /api/me.
    await waitForIdle(app.pid);
    add('signed-in view: cached day page', 50, wrk(app, [...auth, '-H', 'Accept-Encoding: gzip', `${app.origin}${dayPath}`], seconds, 50));
    const me = `/api/me?papers=${ids.join(',')}`;
    await waitForIdle(app.pid);
    add(`signed-in view: ${me.slice(0, 20)}… (${ids.length} ids)`, 50, wrk(app, [...auth, '-H', 'Accept-Encoding: gzip', `${app.origin}${me}`], seconds, 50));

    // A vote, every one a change. One connection: the server time of a vote; four: votes
    // contending for the database's one writer (SQLite) or the paper's row lock.
    const list = path.join(WORK, 'vote-ids.txt');
    writeFileSync(list, `${ids.join('\n')}\n`);
    const voteArgs = [...auth, '-H', `Origin: ${app.origin}`, '-H', 'Content-Type: application/x-www-form-urlencoded', '-H', 'Accept: application/json', '-s', path.join(import.meta.dirname, 'vote-toggle.lua'), app.origin, '--', list];
    for (const connections of [1, 4]) {
      await waitForIdle(app.pid);
      add('vote (POST /votes, JSON)', connections, wrk(app, voteArgs, seconds, connections));
    }
    // The cached page right after a vote dropped it: its next request renders it again.
    const missAfterVote = await measureLatency('day page after a vote (render)', app.origin, [dayPath], 1);
    log(`  day page just after a vote: ${missAfterVote.p50Ms.toFixed(1)} ms (rendered again once)`);
  } finally {
    // Leave the catalogue as it was: every vote of the bench reader withdrawn (counts recounted).
    for (const id of ids) {
      await fetchOnce(`${app.origin}/votes`, { method: 'POST', headers: { cookie, origin: app.origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: new URLSearchParams({ paper: id, up: '0' }) });
    }
  }
  return rows;
}
