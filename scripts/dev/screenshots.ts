#!/usr/bin/env node
// Screenshots of pages at a phone and a desktop width, light and dark, with Debian's Chromium:
//   npx tsx scripts/dev/screenshots.ts http://127.0.0.1:3000 / /papers/2407.13168 …
// Writes .tmp/screenshots/<page>-<width>-<scheme>.png, to look at before shipping a change.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';

const [baseUrl = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const out = path.resolve('.tmp/screenshots');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
for (const pagePath of paths.length ? paths : ['/']) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: width < 500 ? 812 : 900 }, colorScheme });
      await page.goto(new URL(pagePath, baseUrl).toString());
      const name = `${pagePath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: false });
      await page.close();
      console.log(path.join(out, name));
    }
  }
}
await browser.close();
