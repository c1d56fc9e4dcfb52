import { expect, test, type Page } from '@playwright/test';
import { uniqueEmail } from './support/database';

const SUCCESS = 'Almost done: check your inbox and click the link we sent to confirm your subscription.';

/** Everything the browser reports as a Content-Security-Policy violation while the page runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

/** The client runtime started (hydration needs Next's inline bootstrap scripts). */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe('string');
}

test.describe('browser security headers', () => {
  // Several page loads each, on a shared machine: a budget, not a timed assertion.
  test.describe.configure({ timeout: 120_000 });

  test('every kind of answer carries them; token pages send no referrer', async ({ request }) => {
    for (const url of ['/', '/papers/date/2025-09-04', '/papers/2508.20001', '/search?q=attention', '/feed.xml', '/api/daily_papers?date=2025-09-04', '/papers/ZZ-missing/x']) {
      for (let visit = 0; visit < 2; visit += 1) {
        // The second visit is answered from the page cache where the page may be kept.
        const headers = (await request.get(url)).headers();
        const policy = headers['content-security-policy'] ?? '';
        expect(policy, url).toContain("frame-ancestors 'none'");
        expect(policy, url).toContain("object-src 'none'");
        expect(policy, url).toContain("script-src-attr 'none'");
        expect(policy, url).not.toContain('nonce-');
        expect(headers['x-content-type-options'], url).toBe('nosniff');
        expect(headers['x-frame-options'], url).toBe('DENY');
        expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      }
    }
    const tokenPage = (await request.get('/unsubscribe?token=not-a-real-token')).headers();
    expect(tokenPage['referrer-policy']).toBe('no-referrer');
    expect(tokenPage['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('the day page, a paper with math and search run under the policy without a violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/papers/date/2025-09-04');
    await expectHydrated(page);
    await expect(page.getByRole('article').first()).toBeVisible();

    await page.goto('/papers/2508.20001');
    await expectHydrated(page);
    const abstract = page.getByRole('region', { name: 'Abstract' });
    await expect(abstract.locator('.katex')).toHaveCount(3);
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded');
    });
    expect(fontLoaded).toBe(true);

    await page.goto('/search?q=attention');
    await expectHydrated(page);
    await expect(page.getByRole('searchbox').first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('the subscribe form still submits in place with JavaScript', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/papers/date/2025-09-04');
    await expectHydrated(page);
    // A full-page form post would load a new document, and this mark with it would be gone.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.getByLabel('Email address').fill(uniqueEmail('csp'));
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('status').filter({ hasText: SUCCESS })).toBeVisible();
    // Answered by the server action in place, not by a full-page form post.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(violations).toEqual([]);
  });
});
