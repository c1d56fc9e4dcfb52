import { expect, test, type Page } from '@playwright/test';
import { findSubscribers, uniqueEmail } from './support/database';

const SUCCESS = 'Almost done: check your inbox and click the link we sent to confirm your subscription.';

async function subscribeWith(page: Page, email: string) {
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Subscribe' }).click();
}

test.describe('subscribing', () => {
  test('a valid address is stored, normalised, and the person sees a confirmation', async ({ page }) => {
    const email = uniqueEmail('valid');
    await page.goto('/');
    await subscribeWith(page, `  ${email.toUpperCase()} `);
    await expect(page.getByRole('status').filter({ hasText: SUCCESS })).toBeVisible();
    await expect.poll(() => findSubscribers(email)).toEqual([{ email, status: 'pending' }]);
  });

  test('an invalid address is explained next to the field and nothing is stored', async ({ page }) => {
    await page.goto('/papers/date/2025-09-04');
    await subscribeWith(page, 'ada.example.com');
    const field = page.getByLabel('Email address');
    await expect(page.getByRole('status').filter({ hasText: 'needs an "@"' })).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // What the person typed is kept so they can fix it.
    await expect(field).toHaveValue('ada.example.com');
    expect(await findSubscribers('ada.example.com')).toEqual([]);
  });

  test('subscribing twice answers the same and keeps one row', async ({ page }) => {
    const email = uniqueEmail('twice');
    await page.goto('/');
    await subscribeWith(page, email);
    await expect(page.getByRole('status').filter({ hasText: SUCCESS })).toBeVisible();
    await page.reload();
    await subscribeWith(page, email.replace('twice', 'TWICE'));
    await expect(page.getByRole('status').filter({ hasText: SUCCESS })).toBeVisible();
    expect(await findSubscribers(email)).toHaveLength(1);
  });

  test('a bot filling the honeypot gets the same answer and is not stored', async ({ page }) => {
    const email = uniqueEmail('bot');
    await page.goto('/');
    await page.locator('input[name="website"]').fill('http://spam.example', { force: true });
    await subscribeWith(page, email);
    await expect(page.getByRole('status').filter({ hasText: SUCCESS })).toBeVisible();
    expect(await findSubscribers(email)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list still shows the papers and the form still subscribes', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('article')).toHaveCount(54);
    await page.getByRole('article').first().getByText('Show the full abstract').click();
    await expect(page.getByRole('article').first().getByText('Show less')).toBeVisible();

    const email = uniqueEmail('nojs');
    await subscribeWith(page, email);
    await expect(page.getByText(SUCCESS)).toBeVisible();
    expect(await findSubscribers(email)).toEqual([{ email, status: 'pending' }]);
  });

  test('an invalid address without JavaScript gets the same clear error', async ({ page }) => {
    await page.goto('/');
    await subscribeWith(page, 'not an address');
    await expect(page.getByText('An email address cannot contain spaces or line breaks.')).toBeVisible();
  });
});
