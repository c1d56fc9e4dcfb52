/**
 * Lighthouse's four scores for a page, mobile (its default emulation and simulated throttling),
 * in Debian's Chromium kept off the network (the flags of playwright.config.ts). Not pinned to
 * a core: Chromium's browser, renderer and GPU processes squeezed onto one core make its main
 * thread look slower than a phone's, and serving a cached page costs the app almost nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, WORK } from './paths';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Simulated on a 4× slower CPU and a slow 4G link, as Lighthouse's mobile run does. */
  lcpMs: number;
  tbtMs: number;
}

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

export function measureLighthouse(page: string, url: string): LighthouseRow {
  const dir = path.join(WORK, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const report = path.join(dir, `${page.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed for ${url}: ${(result.stderr || result.stdout || String(result.error)).slice(-2000)}`);
  const lhr = JSON.parse(readFileSync(report, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN),
  };
}
