/**
 * One wrk run on core 1 (the server under test is on core 0) with the server's CPU time read
 * from /proc before and after, so "CPU ms per request" is the server's cost, not wrk's.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORK } from './paths';
import { groupCpuMs, waitForIdle } from './processes';

export interface WrkRun {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  cpuMsPerRequest: number | null;
  /** Distinct paths a rotating run had; more requests than this means some were cache hits. */
  paths?: number;
}

export interface WrkOptions {
  origin: string;
  /** One path, requested over and over, or a list rotated through (rotate-urls.lua). */
  paths: string[];
  gzip: boolean;
  seconds: number;
  connections?: number;
  /** Process group of the server, for its CPU time. */
  serverPgid?: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function latencyMs(output: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
  return match ? Number(match[1]) * (UNIT_MS[match[2] ?? 'ms'] ?? 1) : Number.NaN;
}

/** wrk's command line (pinned to core 1) for `options`. */
export function wrkArgs(options: WrkOptions): string[] {
  const { origin, paths, gzip, seconds, connections = 50 } = options;
  const args = ['-c', '1', 'wrk', '-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '10s'];
  if (gzip) args.push('-H', 'Accept-Encoding: gzip');
  if (paths.length === 1) args.push(`${origin}${paths[0]}`);
  else {
    const list = path.join(WORK, 'wrk-paths.txt');
    writeFileSync(list, `${paths.join('\n')}\n`);
    args.push('-s', path.join(import.meta.dirname, 'rotate-urls.lua'), origin, '--', list);
  }
  return args;
}

export async function runWrk(options: WrkOptions): Promise<WrkRun> {
  const { paths, serverPgid } = options;
  const args = wrkArgs(options);
  if (serverPgid) await waitForIdle(serverPgid);
  // CPU over the run's window divided by the requests it completed: a slight overestimate
  // when requests are still in flight at the end (long renders on a cache miss).
  const cpuBefore = serverPgid ? groupCpuMs(serverPgid) : 0;
  const result = spawnSync('taskset', args, { encoding: 'utf8' });
  const cpuAfter = serverPgid ? groupCpuMs(serverPgid) : 0;
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr || result.stdout}`);
  const run = parseWrkOutput(result.stdout);
  return {
    ...run,
    cpuMsPerRequest: serverPgid && run.requests > 0 ? (cpuAfter - cpuBefore) / run.requests : null,
    ...(paths.length > 1 ? { paths: paths.length } : {}),
  };
}

/** Requests, rate, latency and failures (non-2xx/3xx answers plus socket errors) from wrk's report. */
export function parseWrkOutput(output: string): Omit<WrkRun, 'cpuMsPerRequest' | 'paths'> {
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0),
    p50Ms: latencyMs(output, '50'),
    p99Ms: latencyMs(output, '99'),
    errors: non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0),
  };
}
