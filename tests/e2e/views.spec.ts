import { expect, test, type Page } from '@playwright/test';

const titles = (page: Page) => page.getByRole('list', { name: /^Papers of / }).getByRole('article').getByRole('heading');

test.describe('daily, weekly and monthly views', () => {
  test('the tabs move between the day, its ISO week and its month, each with previous and next', async ({ page }) => {
    await page.goto('/papers/date/2025-09-03');
    const views = page.getByRole('navigation', { name: 'Views' });
    await expect(views.getByRole('link', { name: 'Daily' })).toHaveAttribute('aria-current', 'page');

    await views.getByRole('link', { name: 'Weekly' }).click();
    await expect(page).toHaveURL(/\/papers\/week\/2025-W36$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Week 36, 2025' })).toBeVisible();
    // Sep 1–7: the 54 seed papers of Sep 4 and the fixtures of Sep 1 and Sep 3.
    await expect(titles(page)).toHaveCount(57);

    await page.getByRole('link', { name: /Previous week/ }).click();
    await expect(page).toHaveURL(/\/papers\/week\/2025-W35$/);
    // Best first: the most upvoted paper of the week leads.
    await expect(titles(page).first()).toHaveText('Test fixture: A Paper with Broken TeX');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Monthly' }).click();
    await expect(page).toHaveURL(/\/papers\/month\/2025-08$/);
    await expect(page.getByRole('heading', { level: 2, name: 'August 2025' })).toBeVisible();
    await expect(titles(page)).toHaveCount(3);
    await page.getByRole('link', { name: /Next month/ }).click();
    await expect(page).toHaveURL(/\/papers\/month\/2025-09$/);
    await expect(page.getByRole('heading', { level: 2, name: 'September 2025' })).toBeVisible();
  });

  test('periods that do not exist or have not begun are 404 pages', async ({ request }) => {
    for (const path of ['/papers/week/2025-W54', '/papers/week/2025-W00', '/papers/month/2025-13', '/papers/month/2999-01', '/papers/week/2999-W01']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe('sorting and filtering a list', () => {
  test('sort is in the URL: top (the day’s rank) by default, then most upvoted, then newest', async ({ page }) => {
    await page.goto('/papers/date/2025-08-29');
    await expect(titles(page)).toHaveText([/Sub-/, 'Test fixture: A Paper with Broken TeX', 'Test fixture: A Vision Paper on Friday']);
    const sort = page.getByRole('navigation', { name: 'Sort order' });
    await expect(sort.getByRole('link', { name: 'Top' })).toHaveAttribute('aria-current', 'true');

    await sort.getByRole('link', { name: 'Most upvoted' }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-08-29\?sort=upvotes$/);
    await expect(titles(page)).toHaveText(['Test fixture: A Paper with Broken TeX', 'Test fixture: A Vision Paper on Friday', /Sub-/]);

    await page.getByRole('navigation', { name: 'Sort order' }).getByRole('link', { name: 'Newest' }).click();
    await expect(page).toHaveURL(/\?sort=newest$/);
    await expect(titles(page)).toHaveText(['Test fixture: A Paper with Broken TeX', /Sub-/, 'Test fixture: A Vision Paper on Friday']);
  });

  test('a category filter keeps only that category’s papers and keeps the sort', async ({ page }) => {
    await page.goto('/papers/date/2025-08-29?sort=upvotes');
    await page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: 'Machine Learning' }).click();
    await expect(page).toHaveURL(/\?sort=upvotes&category=cs\.LG$/);
    await expect(titles(page)).toHaveText(['Test fixture: A Paper with Broken TeX', /Sub-/]);
    await page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: 'All' }).click();
    await expect(titles(page)).toHaveCount(3);
  });

  test('sorted and filtered lists are cached pages too', async ({ request }) => {
    const response = await request.get('/papers/week/2025-W35?sort=newest&category=cs.LG');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  });
});

test.describe('categories', () => {
  test('a paper’s chips name its categories and lead to the category’s page, by day', async ({ page }) => {
    await page.goto('/papers/date/2025-09-03');
    const card = page.getByRole('article').filter({ hasText: 'SciCode' });
    await expect(card.getByRole('list', { name: 'Categories' }).getByRole('listitem')).toHaveText(['Artificial Intelligence cs.AI', 'Computation and Language cs.CL']);
    await card.getByRole('link', { name: /Artificial Intelligence/ }).click();
    await expect(page).toHaveURL(/\/papers\/category\/cs\.AI$/);
    await expect(page.getByRole('heading', { level: 2, name: /Artificial Intelligence/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Wed, Sep 3, 2025' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1);
  });

  test('an unknown category is a 404 page', async ({ request }) => {
    expect((await request.get('/papers/category/cs.XX')).status()).toBe(404);
  });
});
