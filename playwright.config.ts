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
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH }, testIgnore: /(responsive|submit)\.spec\.ts/ },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: CHROMIUM_LAUNCH },
      testMatch: /responsive\.spec\.ts/,
    },
    // Submitting lists papers on today's date, which then becomes the latest day: the front
    // page and "the latest day" change for every other test. So it runs after all of them.
    {
      name: 'lists-today',
      use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH },
      testMatch: /submit\.spec\.ts/,
      dependencies: ['desktop', 'phone'],
    },
  ],
});
