import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/sign-in';

// The app under test asks a local arXiv-like server (scripts/dev/arxiv-server.ts --today, started
// by scripts/test/e2e.mjs) that serves the recorded papers of tests/fixtures/arxiv-api. Each test
// submits papers no other test submits: they all share one database.

const today = () => new Date().toISOString().slice(0, 10);

async function submit(page: Page, reference: string) {
  await page.goto('/papers/submit');
  await page.getByLabel('arXiv id or link').fill(reference);
  await page.getByRole('button', { name: 'Submit' }).click();
}

test.describe('submitting a paper, with JavaScript', () => {
  test('a reader submits by URL; it is listed today as submitted by them, and a second submission is refused with a link', async ({ page, browser }) => {
    await page.goto('/papers/date/2025-09-02');
    await page.getByRole('link', { name: 'Submit a paper' }).click();
    await expect(page).toHaveURL(/\/papers\/submit$/);
    await page.getByRole('link', { name: 'Sign in to submit a paper' }).click();
    await expect(page).toHaveURL(/\/signin\?next=%2Fpapers%2Fsubmit/);
    const ada = await signIn(page, { next: '/papers/submit' });
    await expect(page).toHaveURL(/\/papers\/submit$/);
    await expect(page.getByText(/5 left today/)).toBeVisible();

    await page.getByLabel('arXiv id or link').fill('https://arxiv.org/abs/2604.03438v1');
    await page.getByRole('button', { name: 'Submit' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Submitted' });
    await expect(notice).toContainText('listed today, as submitted by you');
    await expect(page.getByText(/4 left today/)).toBeVisible();

    await notice.getByRole('link', { name: /^Papers of / }).click();
    await expect(page).toHaveURL(new RegExp(`/papers/date/${today()}$`));
    const card = page.getByRole('article', { name: /Android Instrumentation Testing in Continuous Integration/ });
    await expect(card).toContainText(`submitted by ${ada.username}`);
    await expect(card.getByRole('link', { name: ada.username })).toHaveAttribute('href', `/u/${ada.username}`);

    // Someone else, in their own browser, is told it is listed and given its page.
    const other = await browser.newPage();
    try {
      await signIn(other, { next: '/papers/submit' });
      await submit(other, '2604.03438');
      await expect(other.getByRole('alert').filter({ hasText: 'already listed' })).toBeVisible();
      await expect(other.getByLabel('arXiv id or link')).toHaveValue('2604.03438');
      await other.getByRole('link', { name: /Open “Android Instrumentation Testing/ }).click();
      await expect(other).toHaveURL(/\/papers\/2604\.03438$/);
      await expect(other.getByRole('main')).toContainText(`submitted by ${ada.username}`);
    } finally {
      await other.close();
    }
  });
});

test.describe('submitting a paper, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an old-style id is listed; a malformed or unknown id is refused with a message, keeping what was typed', async ({ page }) => {
    const bo = await signIn(page, { next: '/papers/submit' });
    await submit(page, 'not-an-id');
    const field = page.getByLabel('arXiv id or link');
    await expect(page.getByRole('alert').filter({ hasText: 'is not an arXiv id or link' })).toBeVisible();
    await expect(field).toHaveValue('not-an-id');
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    await submit(page, '2604.99999');
    await expect(page.getByRole('alert').filter({ hasText: 'arXiv has no paper 2604.99999' })).toBeVisible();

    await submit(page, 'arxiv.org/abs/quant-ph/0201082v1');
    await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();
    await page.getByRole('status').getByRole('link', { name: /^Quantum Computers and Quantum Computer Languages/ }).click();
    await expect(page).toHaveURL(/\/papers\/quant-ph\/0201082$/);
    await expect(page.getByRole('main')).toContainText(`submitted by ${bo.username}`);
  });
});

test.describe('the submit page', () => {
  test('is private, and passes axe in light and dark mode and the Nu checker, signed in and out', async ({ page }) => {
    const signedOut = await page.request.get('/papers/submit');
    expect(signedOut.headers()['cache-control']).toMatch(/private|no-store/);
    const signedOutHtml = await signedOut.text();

    await signIn(page, { next: '/papers/submit' });
    const withError = '/papers/submit?paper=2604.0&error=%E2%80%9C2604.0%E2%80%9D+is+not+an+arXiv+id+or+link.';
    const signedIn = await page.request.get(withError);
    expect(signedIn.headers()['cache-control']).toMatch(/no-store/);
    expect(checkHtml([signedOutHtml, await signedIn.text()])).toEqual([]);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(withError);
      await expect(page.getByRole('alert').filter({ hasText: 'is not an arXiv id' })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${colorScheme} ${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
    }
  });
});

const VNU_JAR = path.resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');

/** The W3C Nu checker's errors for these documents (as tests/e2e/html-validity.spec.ts runs it). */
function checkHtml(documents: string[]): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'vnu-submit-'));
  try {
    const files = documents.map((html, index) => {
      const file = path.join(folder, `page-${index}.html`);
      writeFileSync(file, html);
      return file;
    });
    try {
      execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { stdio: 'pipe' });
      return [];
    } catch (error) {
      const output = String((error as { stderr?: Buffer }).stderr ?? error);
      return (JSON.parse(output) as { messages: { url: string; lastLine?: number; message: string }[] }).messages.map(
        (message) => `${path.basename(message.url)}:${message.lastLine ?? '?'} ${message.message}`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
