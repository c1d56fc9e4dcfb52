import { defineConfig, devices } from '@playwright/test';

// The server under test is started by scripts/test/e2e.mjs (a production build on a fresh,
// seeded database per engine), which passes its address in E2E_BASE_URL.
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';

/** Debian's Chromium (Playwright's own browser cannot be downloaded here), kept off the network. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  // E2E_SKIP_MARKUP=1 (scripts/test/e2e.mjs, on the second engine): leave out the tests tagged
  // @markup, which check the pages' HTML that one build renders the same from either database
  // (docs/decisions/029). In the config, not `--grep-invert`: the command line's filter does not
  // reach projects that others depend on, and every project here is one.
  grepInvert: process.env.E2E_SKIP_MARKUP === '1' ? /@markup/ : undefined,
  // axe alone takes 5-30 s on a list page of 57 cards while two workers share two cores (measured
  // on a week page: 2,010 elements, 32.8 s); a test's own waits stay at expect's 10 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH }, testIgnore: /(responsive|submit|for-you)\.spec\.ts/ },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: CHROMIUM_LAUNCH },
      testMatch: /responsive\.spec\.ts/,
    },
    // For you upvotes papers of the seed day, which moves them up its Trending order and changes
    // their counts, which the votes spec reads: it runs after the other specs.
    {
      name: 'personal',
      use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH },
      testMatch: /for-you\.spec\.ts/,
      dependencies: ['desktop', 'phone'],
    },
    // Submitting lists papers on today's date, which then becomes the latest day: the front
    // page and "the latest day" change for every other test (For you's month included). So it
    // runs last.
    {
      name: 'lists-today',
      use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH },
      testMatch: /submit\.spec\.ts/,
      dependencies: ['personal'],
    },
  ],
});
