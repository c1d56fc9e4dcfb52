// Small helpers the test scripts share: run a command and fail loudly, find a free port,
// wait for a server to answer.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

// Scripts run with `node script.mjs` as well as through npm, which puts node_modules/.bin on
// PATH; do the same so tools that spawn `tsx` or `prisma` find them either way.
const PATH_WITH_BIN = `${ROOT}/node_modules/.bin${path.delimiter}${process.env.PATH ?? ''}`;

export function run(label, command, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n▸ ${label}\n`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PATH: PATH_WITH_BIN, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
  }
  process.stdout.write(`  ✓ ${label} (${seconds}s)\n`);
}

/**
 * `run`, without blocking this process: use it while a server started here runs. Its output
 * pipes are drained by this process's event loop; spawnSync would stop that, and a server that
 * logs more than a pipe holds (64 kB) would then block on its next write and stop answering.
 */
export function runAsync(label, command, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n▸ ${label}\n`);
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PATH: PATH_WITH_BIN, ...env } });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code ?? signal}) after ${seconds}s`));
      process.stdout.write(`  ✓ ${label} (${seconds}s)\n`);
      resolve();
    });
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a long-running process; returns a handle whose stop() ends it and its children. */
export function startProcess(command, args, env = {}) {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, PATH: PATH_WITH_BIN, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return {
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          resolve();
        }
      }),
  };
}

/** Polls `url` until it answers (any status below 500) or the process dies or time runs out. */
export async function waitForServer(url, handle, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (handle.child.exitCode !== null) throw new Error(`server exited early:\n${handle.output()}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs / 1000}s:\n${handle.output()}`);
}
