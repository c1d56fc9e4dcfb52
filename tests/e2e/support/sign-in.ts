/**
 * Signs a browser in the way a reader does: the sign-in form, the link in the mail the real
 * SMTP server received, the button on the page it opens, and (first time) a username.
 */
import { expect, type Page } from '@playwright/test';
import { uniqueEmail } from './database';
import { linkIn, waitForMessage } from './mailbox';

export interface SignedIn {
  email: string;
  username: string;
}

/** A fresh reader each call unless `email` is given; `username` is chosen on first sign-in. */
export async function signIn(page: Page, options: { email?: string; username?: string; next?: string } = {}): Promise<SignedIn> {
  const email = options.email ?? uniqueEmail('reader');
  const username = options.username ?? `r${Math.random().toString(36).slice(2, 12)}`;
  const before = Date.now();
  await page.goto(options.next ? `/signin?next=${encodeURIComponent(options.next)}` : '/signin');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: /sign-in link/i }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  let message = await waitForMessage(email, /sign-in link/i);
  await expect.poll(async () => {
    message = await waitForMessage(email, /sign-in link/i);
    return (message.date?.getTime() ?? 0) >= before - 1000;
  }).toBe(true);
  // The link's path on the site the page is on (a test may browse at http://localhost:PORT,
  // where passkeys work, while links name PUBLIC_BASE_URL, http://127.0.0.1:PORT).
  const link = new URL(linkIn(message, '/signin/confirm'));
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  if (new URL(page.url()).pathname === '/welcome') {
    await page.getByRole('textbox', { name: 'Username' }).fill(username);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page).not.toHaveURL(/\/(signin|welcome)/);
  return { email, username: username.toLowerCase() };
}
