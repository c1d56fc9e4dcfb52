/**
 * The nginx comparisons: the same HTML bytes as a static file (what serving a page can cost at
 * best; the app's cached runs are reported as a share of it), and the list page through the
 * shipped reverse-proxy config.
 */
import type { App } from './app-server';
import { startProxyNginx, startStaticNginx } from './nginx';
import type { PageRow } from './pages';
import type { PageTarget } from './page-targets';
import { fetchOnce } from './processes';
import { runWrk, type WrkRun } from './wrk';

export interface NginxRow extends WrkRun {
  via: 'static' | 'proxy';
  page: string;
  gzip: boolean;
  /** App req/s (cached) ÷ nginx req/s for the same page and encoding. */
  appShare: number | null;
}

export async function measureStaticLimit(app: App, targets: PageTarget[], appRows: PageRow[], seconds: number, log: (line: string) => void): Promise<NginxRow[]> {
  const pages = targets.filter((target) => target.name !== 'search');
  const html: Record<string, Buffer> = {};
  for (const target of pages) html[target.name] = Buffer.from(await (await fetchOnce(`${app.origin}${target.hit}`)).arrayBuffer());
  const nginx = await startStaticNginx(html);
  const rows: NginxRow[] = [];
  try {
    for (const target of pages) {
      for (const gzip of [false, true]) {
        const result = await runWrk({ origin: nginx.origin, paths: [`/${target.name}.html`], gzip, seconds, serverPgid: nginx.server.child.pid });
        const app = appRows.find((row) => row.page === target.name && row.cache === 'hit' && row.gzip === gzip);
        rows.push({ via: 'static', page: target.name, gzip, ...result, appShare: app ? app.perSecond / result.perSecond : null });
        log(`  nginx static ${target.name} ${gzip ? 'gzip' : 'identity'}: ${result.perSecond.toFixed(0)} req/s`);
      }
    }
  } finally {
    await nginx.server.stop();
  }
  return rows;
}

export async function measureProxy(app: App, target: PageTarget, appRows: PageRow[], seconds: number, log: (line: string) => void): Promise<NginxRow[]> {
  const nginx = await startProxyNginx([app.origin]);
  const rows: NginxRow[] = [];
  try {
    // Twice: the first fills nginx's cache, the second should say HIT.
    let warm: Response | null = null;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      warm = await fetchOnce(`${nginx.origin}${target.hit}`, { headers: { 'Accept-Encoding': 'gzip' } });
      await warm.arrayBuffer();
    }
    for (const gzip of [false, true]) {
      const result = await runWrk({ origin: nginx.origin, paths: [target.hit], gzip, seconds, serverPgid: nginx.server.child.pid });
      const direct = appRows.find((row) => row.page === target.name && row.cache === 'hit' && row.gzip === gzip);
      rows.push({ via: 'proxy', page: target.name, gzip, ...result, appShare: direct ? direct.perSecond / result.perSecond : null });
      log(`  nginx proxy ${target.name} ${gzip ? 'gzip' : 'identity'}: ${result.perSecond.toFixed(0)} req/s (warm-up request: cache ${warm?.headers.get('x-cache-status') ?? '?'})`);
    }
  } finally {
    await nginx.server.stop();
  }
  return rows;
}
