import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { findSubscribers, uniqueEmail } from './support/database';
import { linkIn, messagesTo, runDigestCommand, waitForMessage } from './support/mailbox';

async function subscribeAndConfirm(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'check your inbox' })).toBeVisible();

  const confirmation = await waitForMessage(email, /Confirm your Daily Papers subscription/);
  // Opening the link (as a mail scanner would) confirms nothing by itself.
  await page.goto(linkIn(confirmation, '/confirm'));
  await expect(page.getByRole('heading', { name: 'Confirm your subscription' })).toBeVisible();
  expect(await findSubscribers(email)).toEqual([{ email, status: 'pending' }]);

  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByText('Your subscription is confirmed.')).toBeVisible();
  expect(await findSubscribers(email)).toEqual([{ email, status: 'confirmed' }]);
  return confirmation;
}

test('subscribe, confirm from the email, get the digest, change preferences, unsubscribe from its link', async ({ page }) => {
  // Two runs of the digest command, each a Node process of its own: several seconds apiece on
  // a busy shared machine (this test once ran out of the default 30 s on its last line).
  test.slow();
  const email = uniqueEmail('lifecycle');
  const confirmation = await subscribeAndConfirm(page, email);

  // The link is spent: opened again, it confirms nothing and offers a new sign-up.
  await page.goto(linkIn(confirmation, '/confirm'));
  await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm my subscription' })).toHaveCount(0);

  const output = runDigestCommand('--date', '2025-09-04');
  expect(output).toMatch(/Summary for daily:2025-09-04: \d+ sent/);
  const digest = await waitForMessage(email, /^Daily Papers, Thu Sep 4:/);
  expect(digest.text).toContain('StyledStreets');
  expect(digest.html).toContain('See the full list');

  // A second run for the same day sends this reader nothing more.
  runDigestCommand('--date', '2025-09-04');
  const digests = (await messagesTo(email)).filter((message) => /^Daily Papers, Thu Sep 4:/.test(message.subject ?? ''));
  expect(digests).toHaveLength(1);

  await page.goto(linkIn(digest, '/preferences'));
  await page.getByLabel(/Weekly/).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved: you will get the digest once a week')).toBeVisible();

  await page.goto(linkIn(digest, '/unsubscribe'));
  await expect(page.getByRole('heading', { name: 'Unsubscribe from the digest?' })).toBeVisible();
  expect(await findSubscribers(email)).toEqual([{ email, status: 'confirmed' }]);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();
  expect(await findSubscribers(email)).toEqual([{ email, status: 'unsubscribed' }]);
});

test('one-click unsubscribe: a cookieless POST to the List-Unsubscribe URL unsubscribes at once', async ({ page, baseURL }) => {
  test.slow(); // runs the digest command, a Node process of its own
  const email = uniqueEmail('oneclick');
  await subscribeAndConfirm(page, email);
  runDigestCommand('--date', '2025-09-04');
  const digest = await waitForMessage(email, /^Daily Papers, Thu Sep 4:/);
  const header = digest.headers.get('list') as { unsubscribe?: { url?: string } } | undefined;
  const target = header?.unsubscribe?.url ?? '';
  expect(target).toBe(linkIn(digest, '/unsubscribe'));
  expect(digest.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

  const mailProvider = await playwrightRequest.newContext({ baseURL });
  const response = await mailProvider.post(target, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(response.status()).toBe(200);
  expect(await findSubscribers(email)).toEqual([{ email, status: 'unsubscribed' }]);
  // A provider's retry changes nothing.
  expect((await mailProvider.post(target, { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(200);
  await mailProvider.dispose();
});

test('bad tokens get a clear page, never an error', async ({ page, request }) => {
  for (const path of ['/confirm?token=nope', '/confirm', `/confirm?token=${'A'.repeat(43)}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
    await expect(page.getByLabel('Email address')).toBeVisible();
  }
  for (const path of ['/preferences?token=1.forged', '/unsubscribe?token=999999.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  }
  const forged = await request.post('/unsubscribe?token=1.forged', { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(forged.status()).toBe(400);
  const huge = await request.post('/unsubscribe?token=1.forged', { data: 'x'.repeat(50_000), headers: { 'content-type': 'text/plain' } });
  expect(huge.status()).toBe(413);
});

test('the scheduler endpoint refuses a wrong or missing secret and sends nothing', async ({ request }) => {
  expect((await request.post('/api/digest')).status()).toBe(401);
  const wrong = await request.post('/api/digest', { headers: { authorization: 'Bearer not-the-secret' } });
  expect(wrong.status()).toBe(401);
  expect(await wrong.json()).toEqual({ error: 'A valid bearer token is required.' });
});
