import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { uniqueEmail } from './support/database';
import { linkIn, waitForMessage } from './support/mailbox';
import { nuErrors } from './support/nu-checker';
import { signIn } from './support/sign-in';

const siteNav = (page: Page) => page.getByRole('navigation', { name: 'Site' });

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** The site at http://localhost:PORT: browsers refuse passkeys on an IP address (lib/accounts/relying-party.ts). */
function localhostBase(): string {
  const url = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100');
  url.hostname = 'localhost';
  return url.origin;
}

test('signs in through the mailbox, comes back, shows the username in the header, and signs out', async ({ page }) => {
  await page.goto('/papers/2407.13168');
  await expect(siteNav(page).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin?next=%2Fpapers%2F2407.13168');
  const reader = await signIn(page, { next: '/papers/2407.13168' });
  await expect(page).toHaveURL(/\/papers\/2407\.13168$/);
  const accountLink = siteNav(page).getByRole('link', { name: `Your account (${reader.username})` });
  await expect(accountLink).toBeVisible();
  await expect(siteNav(page).getByRole('link', { name: 'Sign in' })).toHaveCount(0);

  await siteNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/papers\/2407\.13168$/);
  await expect(siteNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
});

test('says at once that a used or unknown sign-in link no longer works, and offers a new one', async ({ page }) => {
  const reader = await signIn(page);
  const message = await waitForMessage(reader.email, /sign-in link/i);
  const link = new URL(linkIn(message, '/signin/confirm'));
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole('heading', { name: 'This sign-in link does not work' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Email me a sign-in link' })).toBeVisible();
  const response = await page.request.get('/signin/confirm?token=abc');
  expect(response.headers()['cache-control']).toBe('private, no-store');
  expect(response.headers()['x-robots-tag']).toBe('noindex');
  expect(await response.text()).toMatch(/<meta name="robots" content="noindex, nofollow"/);
});

test('lists the sessions of other browsers and ends them from this one', async ({ page, browser }) => {
  test.slow(); // three browsers each sign in through the mailbox before the account page is read
  const reader = await signIn(page);
  const phone = await browser.newContext({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1' });
  const tablet = await browser.newContext({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' });
  try {
    const phonePage = await phone.newPage();
    const tabletPage = await tablet.newPage();
    await signIn(phonePage, { email: reader.email });
    await signIn(tabletPage, { email: reader.email });

    await page.goto('/account');
    const sessions = page.getByRole('region', { name: 'Where you are signed in' });
    await expect(sessions.getByRole('listitem')).toHaveCount(3);
    await expect(sessions.getByRole('listitem').first()).toContainText('This browser');
    await expect(sessions.getByText('Safari on iPhone')).toBeVisible();
    await expect(sessions.getByText('Firefox on Linux')).toBeVisible();

    await sessions.getByRole('button', { name: /^Sign out Safari on iPhone/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'That session is ended' })).toBeVisible();
    await expect(sessions.getByRole('listitem')).toHaveCount(2);
    await phonePage.goto('/account');
    await expect(phonePage).toHaveURL(/\/signin\?next=%2Faccount$/);

    await sessions.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'One other session is ended' })).toBeVisible();
    await expect(sessions.getByRole('listitem')).toHaveCount(1);
    await tabletPage.goto('/account');
    await expect(tabletPage).toHaveURL(/\/signin/);
    await expect(page.getByRole('heading', { name: 'Your account', exact: true })).toBeVisible();
  } finally {
    await phone.close();
    await tablet.close();
  }
});

test.describe('passkeys', () => {
  test.use({ baseURL: localhostBase() });

  test('adds a passkey, renames it, signs in with it, and removes it', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });
    const reader = await signIn(page);
    await page.goto('/account');
    const passkeys = page.getByRole('region', { name: 'Passkeys' });
    await expect(passkeys.getByText('You have no passkeys yet.')).toBeVisible();
    await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Passkey added' })).toBeVisible();
    await expect(passkeys.getByRole('listitem')).toHaveCount(1);

    await passkeys.getByRole('textbox', { name: /^New name for/ }).fill('Work laptop');
    await passkeys.getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Passkey renamed.' })).toBeVisible();
    await expect(passkeys.getByRole('listitem')).toContainText('Work laptop');

    await siteNav(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(siteNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await page.goto('/signin?next=%2Faccount');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(siteNav(page).getByRole('link', { name: `Your account (${reader.username})` })).toBeVisible();
    // The passkey sign-in set the reader hint: cached pages show the account menu too.
    await page.goto('/papers/2407.13168');
    await expect(siteNav(page).getByRole('link', { name: `Your account (${reader.username})` })).toBeVisible();

    await page.goto('/account');
    await passkeys.getByRole('button', { name: 'Remove Work laptop' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Passkey removed' })).toBeVisible();
    await expect(passkeys.getByText('You have no passkeys yet.')).toBeVisible();
  });
});

test('changes the address through a link mailed to the new one, confirmed with a button', async ({ page }) => {
  const reader = await signIn(page);
  const newEmail = uniqueEmail('moved');
  await page.goto('/account');
  await page.getByRole('textbox', { name: 'New email address' }).fill(newEmail);
  await page.getByRole('button', { name: 'Send confirmation link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check the new address' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Email address' })).toContainText(reader.email);

  const link = new URL(linkIn(await waitForMessage(newEmail, /confirm your new/i), '/account/email/confirm'));
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole('heading', { name: 'Confirm your new address' })).toBeVisible();
  await expect(page.getByText(newEmail)).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Use this address' }).click();
  await expect(page.getByRole('heading', { name: 'Your address is changed' })).toBeVisible();
  await waitForMessage(reader.email, /address was changed/i);

  await page.goto('/account');
  await expect(page.getByRole('region', { name: 'Email address' })).toContainText(newEmail);
  // The link works once.
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
});

test('deletes the account after the username is typed', async ({ page }) => {
  const reader = await signIn(page);
  await page.goto(`/u/${reader.username}`);
  await expect(page.getByRole('heading', { name: reader.username, level: 1 })).toBeVisible();
  await page.goto('/account');
  const danger = page.getByRole('region', { name: 'Delete your account' });
  await danger.getByRole('textbox').fill('not-my-name');
  await danger.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'type your username' })).toBeVisible();
  await danger.getByRole('textbox').fill(reader.username);
  await danger.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account is deleted' })).toBeVisible();
  await expect(siteNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  const profile = await page.goto(`/u/${reader.username}`);
  expect(profile?.status()).toBe(404);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin/);
});

test('profile pages: a reader’s public page, and a clean 404 for unknown or malformed names', async ({ page }) => {
  const reader = await signIn(page);
  await page.goto(`/u/${reader.username}`);
  await expect(page.getByText(/^Member since/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Submitted papers' })).toContainText('No papers submitted yet.');
  expect(await page.content()).not.toContain(reader.email);
  for (const path of ['/u/nobody-at-all', '/u/Bad%20Name', '/u/ab', `/u/${reader.username.toUpperCase()}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('the account pages are axe-clean in light and dark mode and valid HTML', async ({ page }) => {
  test.slow(); // axe on four pages in two colour schemes, and the Nu checker
  const reader = await signIn(page);
  const pages = ['/account', `/u/${reader.username}`, '/account?notice=Saved.', '/account?error=Refused.'];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of pages) {
      await page.goto(path);
      await expectAxeClean(page);
    }
  }
  const html = await Promise.all(pages.map(async (path) => ({ name: path, html: await (await page.request.get(path)).text() })));
  expect(nuErrors(html)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('signs in, chooses a username, manages sessions and signs out with plain forms', async ({ page }) => {
    await page.goto('/signin');
    await expect(page.getByText('Signing in with a passkey needs JavaScript.')).toBeVisible();
    const reader = await signIn(page, { next: '/papers/2407.13168' });
    await expect(page).toHaveURL(/\/papers\/2407\.13168$/);
    await page.goto('/account');
    await expect(page.getByRole('link', { name: reader.username })).toBeVisible();
    await expect(page.getByText('Adding a passkey needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Where you are signed in' })).toContainText('This browser');
    await page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.goto('/account');
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
  });
});
