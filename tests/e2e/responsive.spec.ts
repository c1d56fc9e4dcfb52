import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 375, height: 812 } });

test('on a 375 px phone nothing scrolls sideways and the form fits', async ({ page }) => {
  for (const path of ['/', '/papers/2407.13168', '/papers/date/2025-09-02']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.goto('/');
  const button = await page.getByRole('button', { name: 'Subscribe' }).boundingBox();
  expect(button && button.x + button.width).toBeLessThanOrEqual(375);
});
