// The tables `npm run bench` ends with: one per section, rows as they were measured.
import type { BareRow } from './bare-next';
import type { CommunityRow } from './community';
import type { DigestRow } from './digest-bench';
import type { IngestRow } from './ingest-step';
import type { LatencyRow } from './latency';
import type { NginxRow } from './nginx-runs';
import type { PageRow } from './pages';
import type { ScaleOutRow } from './scale-out';
import { printTable } from './report';
import type { LighthouseRow } from './lighthouse';
import type { WeightRow } from './weight';

type Tagged<T> = T & { engine: string; size: number };

export interface BenchResults {
  pages: Tagged<PageRow>[];
  bare: Tagged<BareRow>[];
  community: Tagged<CommunityRow>[];
  nginx: Tagged<NginxRow>[];
  latency: Tagged<LatencyRow>[];
  weight: WeightRow[];
  lighthouse: LighthouseRow[];
  scaleOut: ScaleOutRow[];
  ingest: IngestRow[];
  digest: DigestRow[];
}

const encoding = (gzip: boolean) => (gzip ? 'gzip' : 'identity');
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function printSummary(results: BenchResults): void {
  printTable(
    'Pages (app on core 0, wrk -c50 on core 1; a miss run rotates through never-requested URLs)',
    ['server', 'engine', 'papers', 'page', 'cache', 'encoding', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'errors'],
    results.pages.map((row) => [row.server, row.engine, row.size, row.page, row.cache, encoding(row.gzip), row.perSecond, row.p50Ms, row.p99Ms, row.cpuMsPerRequest, row.errors]),
  );
  const alone = results.pages.filter((row) => row.server === 'next alone');
  printTable(
    'Cached pages: the app (its page cache) vs Next alone (same build, PAGE_CACHE_MB=0)',
    ['engine', 'papers', 'page', 'encoding', 'app req/s', 'Next alone req/s', 'ratio', 'app CPU ms/req', 'Next alone CPU ms/req'],
    alone.flatMap((base) => {
      const app = results.pages.find((row) => row.server === 'app' && row.cache === 'hit' && row.engine === base.engine && row.size === base.size && row.page === base.page && row.gzip === base.gzip);
      return app ? [[base.engine, base.size, base.page, encoding(base.gzip), app.perSecond, base.perSecond, (app.perSecond / base.perSecond).toFixed(2), app.cpuMsPerRequest, base.cpuMsPerRequest]] : [];
    }),
  );
  printTable(
    'A cache miss vs a bare Next page of the same papers (force-dynamic, no project code; same core, alternating runs)',
    ['engine', 'papers', 'page', 'encoding', 'app miss req/s', 'bare req/s', 'app miss CPU ms/req', 'bare CPU ms/req', 'CPU ratio'],
    results.bare.flatMap((app) => {
      if (app.server !== 'app (miss)') return [];
      const bare = results.bare.find((row) => row.server === 'bare Next' && row.engine === app.engine && row.size === app.size && row.page === app.page && row.gzip === app.gzip);
      const ratio = bare?.cpuMsPerRequest && app.cpuMsPerRequest ? (app.cpuMsPerRequest / bare.cpuMsPerRequest).toFixed(2) : null;
      return bare ? [[app.engine, app.size, app.page, encoding(app.gzip), app.perSecond, bare.perSecond, app.cpuMsPerRequest, bare.cpuMsPerRequest, ratio]] : [];
    }),
  );
  printTable(
    'Community (issue 12): a vote, and a signed-in page view = the cached page + /api/me',
    ['engine', 'papers', 'request', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'errors'],
    results.community.map((row) => [row.engine, row.size, row.what, row.connections, row.perSecond, row.p50Ms, row.p99Ms, row.cpuMsPerRequest, row.errors]),
  );
  printTable(
    'nginx (static: the same HTML as a file, gzip_static; proxy: deploy/nginx/daily-papers.conf)',
    ['via', 'engine', 'papers', 'page', 'encoding', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'app % of it'],
    results.nginx.map((row) => [row.via, row.engine, row.size, row.page, encoding(row.gzip), row.perSecond, row.p50Ms, row.p99Ms, row.cpuMsPerRequest, row.appShare === null ? null : `${(row.appShare * 100).toFixed(2)}%`]),
  );
  printTable(
    'Server time per answer (one client; rotating queries and days, never a repeat)',
    ['engine', 'papers', 'endpoint', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
    results.latency.map((row) => [row.engine, row.size, row.endpoint, row.requests, row.p50Ms, row.p95Ms, row.p99Ms, row.errors]),
  );
  printTable(
    'Weight of a first visit (gzip KB; HTML also as brotli)',
    ['page', 'papers', 'HTML', 'HTML br', 'JS', 'JS files', 'CSS', 'CSS files', 'total'],
    results.weight.map((row) => [row.page, row.papers, kb(row.htmlGzip), kb(row.htmlBrotli), kb(row.jsGzip), row.jsFiles, kb(row.cssGzip), row.cssFiles, kb(row.htmlGzip + row.jsGzip + row.cssGzip)]),
  );
  printTable(
    'Lighthouse (mobile: simulated 4× slower CPU and slow 4G; Debian Chromium)',
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms'],
    results.lighthouse.map((row) => [row.page, row.performance, row.accessibility, row.bestPractices, row.seo, row.lcpMs, row.tbtMs]),
  );
  printTable(
    'Scale-out (2 instances, one PostgreSQL, no instance list, deploy/nginx/daily-papers.conf)',
    ['same page', 'import dropped on instances ms', 'visible on instances ms', 'through nginx ms', 'proxy bound s', 'other days HIT', 'API answered (limit)', 'restart: requests', 'failed', 'req/s', 'instance gone ms'],
    results.scaleOut.map((row) => [
      row.samePage ? 'yes' : 'NO',
      row.droppedOnInstancesMs.join(' / '),
      row.visibleOnInstancesMs.join(' / '),
      row.visibleThroughProxyMs,
      row.proxyMaxAgeS,
      `${row.otherDayPagesHit}/${row.otherDayPagesChecked}`,
      `${row.apiAllowed}/${row.apiRequests} (${row.apiLimit})`,
      row.restartRequests,
      row.restartErrors,
      row.restartPerSecond,
      row.restartGapMs,
    ]),
  );
  printTable(
    'Ingest (npm run bench:ingest; whole CLI run, start-up included)',
    ['engine', 'lines', 'records/s', 'seconds', 'peak MB'],
    results.ingest.map((row) => [row.engine, row.lines, row.perSecond, row.seconds, row.peakMb]),
  );
  printTable(
    'Digest (npm run digest, DIGEST_RATE=0, to the SMTP sink; whole CLI run)',
    ['engine', 'subscribers', 'personal', 'sent', 'received', 'msg/s', 'seconds', 'peak MB'],
    results.digest.map((row) => [row.engine, row.subscribers, `${Math.round(row.personalShare * 100)}%`, row.sent, row.received, row.perSecond, row.seconds, row.peakMb]),
  );
}
