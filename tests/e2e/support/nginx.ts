/**
 * The shipped nginx config (deploy/nginx/daily-papers.conf) in front of the server under test,
 * as `npm run bench` runs it: addresses and cache path replaced, the HTTPS servers left out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';

export function hasNginx(): boolean {
  return existsSync(NGINX);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

export async function startShippedNginx(upstream: string): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dp-nginx-'));
  // nginx's workers run as an unprivileged user when started as root: they must reach the cache.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'temp'), { recursive: true });
  const port = await freePort();
  const shipped = readFileSync(path.resolve(import.meta.dirname, '../../../deploy/nginx/daily-papers.conf'), 'utf8');
  const conf = shipped
    .replace(/^# HTTPS: [\s\S]*$/m, '')
    .replace(/^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^proxy_cache_path \/var\/cache\/nginx\/daily-papers /m, `proxy_cache_path ${path.join(dir, 'cache')} `)
    .replace(/^ {4}server 127\.0\.0\.1:3000;$/m, `    server ${new URL(upstream).host};`);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body; proxy_temp_path ${dir}/temp/proxy; fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi; scgi_temp_path ${dir}/temp/scgi;
${conf}
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-e', `${dir}/error.log`, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see ${dir}/error.log`);
    const up = await fetch(`${origin}/robots.txt`).then(() => true, () => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
