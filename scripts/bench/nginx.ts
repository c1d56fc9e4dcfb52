/**
 * nginx on core 0 with one worker, like the app: as a static file server holding the app's own
 * HTML (the upper limit for serving a page), and as the reverse proxy of
 * deploy/nginx/daily-papers.conf with its addresses pointed at the benchmark's.
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, WORK } from './paths';
import { freePort, type Server, startPinned, waitForUrl } from './processes';

export interface Nginx {
  server: Server;
  origin: string;
}

async function startNginx(name: string, httpBody: (port: number, dir: string) => string): Promise<Nginx> {
  const dir = path.join(WORK, `nginx-${name}`);
  // nginx's workers run as an unprivileged user when started as root, and must reach their cache
  // here; the catalogues' SQLite files make WORK private (0700). Passable, not listable.
  chmodSync(WORK, 0o711);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'temp'), { recursive: true });
  const port = await freePort();
  // Temp paths inside the prefix: the benchmark runs without the system's nginx directories.
  const conf = `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/octet-stream;
  types { text/html html; }
  client_body_temp_path ${dir}/temp/body; proxy_temp_path ${dir}/temp/proxy; fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi; scgi_temp_path ${dir}/temp/scgi;
${httpBody(port, dir)}
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const server = startPinned(0, 'nginx', ['-p', dir, '-e', `${dir}/error.log`, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;']);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${origin}/robots.txt`, server, 10_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, origin };
}

/** Serves each page's HTML as /<name>.html, with a precompressed .gz for gzip_static. */
export function startStaticNginx(pages: Record<string, Buffer>): Promise<Nginx> {
  return startNginx('static', (port, dir) => {
    for (const [name, html] of Object.entries(pages)) {
      writeFileSync(path.join(dir, `${name}.html`), html);
      writeFileSync(path.join(dir, `${name}.html.gz`), gzipSync(html));
    }
    return `  server {\n    listen 127.0.0.1:${port};\n    root ${dir};\n    gzip_static on;\n  }`;
  });
}

/** deploy/nginx/daily-papers.conf in front of `upstreams`, its cache under .tmp/bench. */
export function startProxyNginx(upstreams: string[]): Promise<Nginx> {
  return startNginx('proxy', (port, dir) => {
    const shipped = readFileSync(path.join(ROOT, 'deploy/nginx/daily-papers.conf'), 'utf8');
    // Whole directive lines only, never the comments that mention them.
    const replace = (text: string, directive: RegExp, to: string) => {
      if (!directive.test(text)) throw new Error(`deploy/nginx/daily-papers.conf no longer has a line matching ${directive}`);
      return text.replace(directive, to);
    };
    // The HTTPS servers (certificates, port 443) are for a public site; the benchmark speaks plain HTTP.
    let conf = replace(shipped, /^# HTTPS: [\s\S]*$/m, '');
    conf = replace(conf, /^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`);
    conf = replace(conf, /^proxy_cache_path \/var\/cache\/nginx\/daily-papers /m, `proxy_cache_path ${path.join(dir, 'cache')} `);
    conf = replace(conf, /^ {4}server 127\.0\.0\.1:3000;$/m, upstreams.map((origin) => `    server ${new URL(origin).host};`).join('\n'));
    return conf;
  });
}
