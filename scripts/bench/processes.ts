// Servers the suite starts: each in its own process group, so stop() ends it and its children,
// and so its CPU time can be read from /proc for the whole group.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { ROOT } from './paths';

export interface Server {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

const running = new Set<Server>();

/** Starts `command` pinned to `core` (taskset), its output kept for error messages. */
export function startPinned(core: number, command: string, args: string[], env: Record<string, string> = {}): Server {
  const child = spawn('taskset', ['-c', String(core), command, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: Server = {
    child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        running.delete(server);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        try {
          process.kill(-(child.pid ?? 0), 'SIGTERM');
        } catch {
          resolve();
        }
      }),
  };
  running.add(server);
  return server;
}

/** Stops whatever is still running (on errors and Ctrl-C). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function waitForUrl(url: string, server: Server, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s:\n${server.output()}`);
}

/** CPU milliseconds (user + system) used so far by every process in process group `pgid`. */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which may itself contain spaces and parentheses.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ').at(-1)?.split(' ') ?? [];
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/**
 * Waits until process group `pgid` uses under 5% of a core: after a load run the server still
 * works through the requests wrk left in flight, which would count against the next run.
 */
export async function waitForIdle(pgid: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let before = groupCpuMs(pgid);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = groupCpuMs(pgid);
    if (now - before < 15) return;
    before = now;
  }
}

/** fetch, retried once: a kept-alive socket the server has just closed fails the first try. */
export async function fetchOnce(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** Runs a build (`node <args>` in the project) to its end without blocking: builds may run side by side. */
export function spawnBuild(args: string[], env: NodeJS.ProcessEnv): Promise<number | string> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
}
