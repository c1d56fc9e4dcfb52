import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { linkIn, runDigestCommand, waitForMessage } from './support/mailbox';
import { nuErrors } from './support/nu-check';
import { signIn } from './support/sign-in';

/**
 * Follows and For you (issue 14, items 2 and 3), as a reader does them: follow cs.LG from its
 * category page and a keyword from a search page, upvote three papers, open For you and read
 * why each paper is there; with script (in place) and without (plain forms, 303s).
 */
const DAY = '/papers/date/2025-09-04';
const LIKED = [
  'Unified Embedding: Battle-Tested Feature Representations for Web-Scale ML Systems',
  'Experimental Analysis of Large-scale Learnable Vector Storage Compression',
  'OptEmbed: Learning Optimal Embedding Table for Click-through Rate Prediction',
];

function card(page: Page, title: string): Locator {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function expectAccessibleAndValid(page: Page, label: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${label} ${colorScheme} ${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
  }
  expect(nuErrors([{ label, html: await page.content() }])).toEqual([]);
}

/** With SHOTS_DIR set: the page at a phone's and a desktop's width, light and dark. */
async function screenshots(page: Page, name: string) {
  const folder = process.env.SHOTS_DIR;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width < 500 ? 812 : 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: path.join(folder, `${name}-${width}-${colorScheme}.png`), fullPage: width < 500 ? false : true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

// Each test signs in, opens a dozen pages and runs axe and the Nu checker: minutes on a loaded
// 2-core machine, though seconds on a quiet one.
const SLOW_MS = 5 * 60_000;

test('with script: follow a category and a search in place, upvote three papers, For you shows reasons', async ({ page }) => {
  test.setTimeout(SLOW_MS);
  await signIn(page, { next: '/papers/category/cs.LG' });
  await page.goto('/papers/category/cs.LG');
  const followCategory = page.getByRole('button', { name: /^Follow(ing)? cs\.LG$/ });
  await expect(followCategory).toHaveAttribute('aria-pressed', 'false');
  await followCategory.click();
  await expect(followCategory).toHaveAttribute('aria-pressed', 'true');
  await expect(followCategory).toContainText('Following');
  expect(new URL(page.url()).pathname).toBe('/papers/category/cs.LG');

  await page.goto('/search?q=embedding');
  const followSearch = page.getByRole('button', { name: /^Follow(ing)? the search “embedding”$/ });
  await followSearch.click();
  await expect(followSearch).toHaveAttribute('aria-pressed', 'true');
  // Reloaded, the page (the same bytes for everyone) shows the reader's follow from /api/me.
  await page.reload();
  await expect(page.getByRole('button', { name: /^Follow(ing)? the search “embedding”$/ })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(DAY);
  for (const title of LIKED) {
    const button = card(page, title).getByRole('button', { name: /^Upvote \d+/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  await page.goto('/for-you?period=month');
  await expect(page.getByRole('heading', { name: 'For you', level: 1 })).toBeVisible();
  const recommended = page.getByRole('region', { name: 'Recommended' });
  await expect(recommended.getByText('follows cs.LG').first()).toBeVisible();
  await expect(recommended.getByText("matches 'embedding'").first()).toBeVisible();
  await expect(recommended.getByText(/^like “.+”: shares '/).first()).toBeVisible();
  // Nothing the reader upvoted comes back.
  for (const title of LIKED) await expect(card(page, title)).toHaveCount(0);
  await screenshots(page, 'for-you');
  await expectAccessibleAndValid(page, '/for-you');

  await page.goto('/following');
  await expect(page.getByRole('link', { name: 'Machine Learning (cs.LG)' })).toBeVisible();
  await expect(page.getByRole('link', { name: '“embedding”' })).toBeVisible();
  await screenshots(page, 'following');
  await expectAccessibleAndValid(page, '/following');
  await page.getByRole('button', { name: 'Unfollow “embedding”' }).click();
  await expect(page.getByRole('status')).toContainText('No longer following the search “embedding”');
  await expect(page.getByRole('link', { name: '“embedding”' })).toHaveCount(0);
});

test('without script: Follow, upvote and "Not interested" are plain forms that answer with a 303', async ({ browser }) => {
  test.setTimeout(SLOW_MS);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, { next: '/papers/category/cs.LG' });
  await page.goto('/papers/category/cs.LG');
  await page.getByRole('button', { name: /^Follow(ing)? cs\.LG$/ }).click();
  await expect(page).toHaveURL(/\/following\?notice=/);
  await expect(page.getByRole('status')).toContainText('Following cs.LG.');

  await page.goto('/search?q=embedding');
  await page.getByRole('button', { name: /^Follow(ing)? the search “embedding”$/ }).click();
  await expect(page.getByRole('status')).toContainText('Following the search “embedding”.');

  for (const title of LIKED) {
    await page.goto(DAY);
    await card(page, title).getByRole('button', { name: /^Upvote \d+/ }).click();
    await expect(page).toHaveURL(new RegExp(`${DAY}#paper-\\d+$`));
  }

  await page.goto('/for-you?period=month');
  const recommended = page.getByRole('region', { name: 'Recommended' });
  await expect(recommended.getByText('follows cs.LG').first()).toBeVisible();
  await expect(recommended.getByText(/^like “.+”: shares '/).first()).toBeVisible();
  const first = recommended.getByRole('article').first();
  const title = (await first.getByRole('heading').textContent()) ?? '';
  await first.getByRole('button', { name: 'Not interested' }).click();
  await expect(page).toHaveURL(/\/for-you\?period=month&notice=/);
  await expect(page.getByRole('status')).toContainText('you will not see that paper here again');
  await expect(card(page, title.trim())).toHaveCount(0);
  await context.close();
});

test('the personal digest: chosen on the account page with plain forms, it lists followed and liked-alike papers with why', async ({ page }) => {
  test.setTimeout(SLOW_MS);
  const reader = await signIn(page, { next: '/search?q=embedding' });
  await page.goto('/search?q=embedding');
  const followSearch = page.getByRole('button', { name: /^Follow(ing)? the search “embedding”$/ });
  await followSearch.click();
  await expect(followSearch).toHaveAttribute('aria-pressed', 'true');
  await page.goto(DAY);
  const upvote = card(page, LIKED[0]!).getByRole('button', { name: /^Upvote \d+/ });
  await upvote.click();
  await expect(upvote).toHaveAttribute('aria-pressed', 'true');

  // Subscribed from the account page, confirmed from the email, then "Personal".
  await page.goto('/account');
  const digestSection = page.getByRole('region', { name: 'Email digest' });
  await digestSection.getByRole('button', { name: 'Subscribe' }).click();
  const confirmation = await waitForMessage(reader.email, /Confirm your Daily Papers subscription/);
  await page.goto(linkIn(confirmation, '/confirm'));
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByText('Your subscription is confirmed.')).toBeVisible();
  await page.goto('/account');
  const content = page.locator('form').filter({ has: page.getByRole('group', { name: 'What it lists' }) });
  await expect(content.getByRole('radio', { name: 'Trending papers' })).toBeChecked();
  await content.getByRole('radio', { name: /^Personal:/ }).check();
  await content.getByRole('button', { name: 'Save' }).click();
  await page.goto('/account');
  await expect(page.getByRole('radio', { name: /^Personal:/ })).toBeChecked();

  expect(runDigestCommand('--date', '2025-09-04')).toMatch(/Summary for daily:2025-09-04: \d+ sent/);
  const digest = await waitForMessage(reader.email, /^Daily Papers for you, Thu Sep 4: /);
  const text = digest.text ?? '';
  expect(text).toMatch(/^Picked for you: [1-9]\d* from what you follow and like/m);
  expect(text).toMatch(/^ {3}Why: [^\n]*matches 'embedding'/m);
  expect(text).toMatch(/^ {3}Why: [^\n]*like “[^”]+”: shares '/m);
  expect(digest.html).toContain('Why: ');
  // The paper the reader upvoted is never sent back to them as a pick.
  expect(text).not.toMatch(new RegExp(`^\\d+\\. ${LIKED[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
});
