import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The production build the server under test runs from (scripts/test/e2e.mjs builds into .next-e2e).
const DIST_DIR = path.resolve(process.env.E2E_DIST_DIR ?? '.next-e2e');

/** Bytes of every file under `dir`, as `du` would add them up. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(full);
    else total += lstatSync(full, { throwIfNoEntry: false })?.size ?? 0;
  }
  return total;
}

/** What anyone can ask for: 404s under dynamic routes, empty but valid list variants, resized images. */
function junkUrls(): string[] {
  const urls: string[] = [];
  for (let i = 0; i < 150; i += 1) urls.push(`/papers/ZZ-not-a-paper-${i}/x/y`);
  const sorts = ['top', 'newest', 'upvotes'];
  const categories = ['hep-th', 'cs.LG', 'math.AG', 'astro-ph.GA', 'q-bio.NC'];
  for (let i = 0; i < 150; i += 1) {
    const day = `${1990 + (i % 30)}-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    urls.push(`/papers/date/${day}?sort=${sorts[i % 3]}&category=${categories[i % 5]}`);
  }
  for (let week = 1; week <= 40; week += 1) urls.push(`/papers/week/2001-W${String(week).padStart(2, '0')}?sort=newest`);
  for (const width of [16, 32, 48, 64, 96, 128, 256, 384]) urls.push(`/_next/image?url=${encodeURIComponent('/og/papers/2508.20001')}&w=${width}&q=75`);
  return urls;
}

test('a few hundred junk URLs do not make the server store anything on disk', async ({ request }) => {
  test.setTimeout(300_000);
  const before = bytesUnder(DIST_DIR);
  const urls = junkUrls();
  for (let start = 0; start < urls.length; start += 6) {
    const batch = urls.slice(start, start + 6);
    const statuses = await Promise.all(batch.map(async (url) => (await request.get(url, { maxRedirects: 0 })).status()));
    for (const status of statuses) expect(status).toBeLessThan(500);
  }
  const grown = bytesUnder(DIST_DIR) - before;
  // Before decision 011 each of these renders left its HTML, RSC and metadata files in the build
  // folder for good (megabytes in all). Files still being written as the last answers arrive are
  // not counted, which cannot hide hundreds of renders.
  expect(grown, `the build folder grew by ${grown} bytes`).toBeLessThan(256 * 1024);
});
