import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/search?q=embedding',
  '/',
  '/papers/date/2025-09-02',
  '/papers/date/2025-09-04?sort=trending',
  '/papers/2407.13168',
  '/papers/unified-embedding-battle-tested-feature-representations-for-web-scale-ml-systems',
  '/papers/date/2025-13-45',
  '/papers/week/2025-W36',
  '/papers/month/2025-08?sort=upvotes&category=cs.LG',
  '/papers/category/cs.LG',
  '/papers/2508.20001',
  '/confirm?token=expired-or-unknown',
  '/unsubscribe?token=1.unknown',
  '/papers/submit',
  '/signin',
  '/signin?notice=sent&error=Too%20many%20sign-in%20links%20were%20asked%20for.',
  '/signin/confirm?token=expired-or-unknown',
  '/account/email/confirm?token=unknown',
  '/account/email/confirm?status=changed',
  '/account/deleted',
  '/u/nobody-at-all',
  // Signed out, these send the reader to sign in; signed in they are checked in for-you.spec.ts.
  '/for-you',
  '/following',
];

// @markup: the pages' markup, the same from either database (one build serves both engines);
// scripts/test/e2e.mjs runs these on SQLite only (docs/decisions/029).
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, { tag: '@markup' }, () => {
    test.use({ colorScheme });
    for (const path of PAGES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
      });
    }
  });
}
