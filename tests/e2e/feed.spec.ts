import { expect, test } from '@playwright/test';

test.describe('the daily list', () => {
  test('the home page shows the latest day, Sep 4, with all 54 papers and the seed header', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Daily Papers' })).toBeVisible();
    await expect(page.getByText('by AK and the research community')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Get trending papers in your email inbox!/ })).toBeVisible();
    await expect(page.getByText('new', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Subscribe' })).toBeVisible();

    await expect(page.getByRole('heading', { level: 2, name: 'Thu, Sep 4, 2025' })).toBeVisible();
    const papers = page.getByRole('list', { name: 'Papers of Thu, Sep 4, 2025' }).getByRole('article');
    await expect(papers).toHaveCount(54);
    await expect(papers.first().getByRole('heading')).toHaveText('StyledStreets: Multi-style Street Simulator with Spatial and Temporal Consistency');
    // Screen readers hear "Rank 1"; the "#" is decoration.
    await expect(papers.first().locator('p').first()).toHaveText('Rank #1');
    await expect(page.getByRole('link', { name: /^Code for / })).toHaveCount(9);
  });

  test('a long abstract is clamped and opens in place', async ({ page }) => {
    await page.goto('/papers/date/2025-09-04');
    const card = page.getByRole('article').filter({ hasText: 'Unified Embedding' });
    const abstract = card.locator('.abstract-clamp');
    const closedHeight = (await abstract.boundingBox())?.height ?? 0;
    await card.getByText('Show the full abstract').click();
    await expect(card.getByText('Show less')).toBeVisible();
    await expect.poll(async () => (await abstract.boundingBox())?.height ?? 0).toBeGreaterThan(closedHeight * 1.5);
  });

  test('previous and next skip empty days; the date field jumps to any day', async ({ page }) => {
    await page.goto('/');
    // Sep 4 is the latest day: there is no next day.
    await expect(page.getByRole('link', { name: /Next day/ })).toHaveCount(0);
    await page.getByRole('link', { name: /Previous day/ }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-09-03$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Wed, Sep 3, 2025' })).toBeVisible();

    // Sep 2 has no papers, so "previous" goes straight to Sep 1.
    await page.getByRole('link', { name: /Previous day/ }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-09-01$/);
    await page.getByRole('link', { name: /Next day/ }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-09-03$/);
    await page.getByRole('link', { name: /Next day/ }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-09-04$/);

    await page.getByLabel('Go to').fill('2025-09-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-09-01$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Mon, Sep 1, 2025' })).toBeVisible();
  });

  test('a day without papers says so and offers the nearest days', async ({ page }) => {
    const response = await page.goto('/papers/date/2025-09-02');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('No papers were listed on this day.')).toBeVisible();
    await page.getByRole('link', { name: 'Wed, Sep 3, 2025' }).click();
    await expect(page.getByRole('article')).toHaveCount(2);
  });

  test('list pages are cacheable by a CDN', async ({ request }) => {
    const response = await request.get('/papers/date/2025-09-04');
    expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  });
});

test.describe('a paper page', () => {
  test('opens from the list, shows the abstract, and leads back to its day', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Unified Embedding: Battle-Tested Feature Representations for Web-Scale ML Systems' }).click();
    await expect(page).toHaveURL(/\/papers\/unified-embedding-battle-tested-feature-representations-for-web-scale-ml-systems$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Unified Embedding/);
    await expect(page.getByRole('region', { name: 'Abstract' })).toContainText('Feature Multiplexing');
    await expect(page.getByText('Listed on')).toBeVisible();

    await page.getByRole('link', { name: /Papers of Thu, Sep 4, 2025/ }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2025-09-04$/);
    await page.goto('/papers/unified-embedding-battle-tested-feature-representations-for-web-scale-ml-systems');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: 'Thu, Sep 4, 2025' })).toBeVisible();
  });

  test('a seed paper with code links to its repository', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('article').filter({ hasText: 'github.com/brdav/cma' }).getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('list', { name: 'Links' }).getByRole('link', { name: 'Code' })).toHaveAttribute('href', 'https://github.com/brdav/cma');
  });

  test('an arXiv paper shows authors, categories, dates and every link; a versioned id redirects', async ({ page }) => {
    await page.goto('/papers/2407.13168v2');
    await expect(page).toHaveURL(/\/papers\/2407\.13168$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SciCode: A Research Coding Benchmark Curated by Scientists');
    await expect(page.getByRole('list', { name: 'Authors' })).toContainText('Minyang Tian');
    // Scoped: the citation further down names the category and the year too.
    await expect(page.getByRole('list', { name: 'Categories' }).getByText('cs.AI')).toBeVisible();
    await expect(page.getByText('Jul 18, 2024')).toBeVisible();
    const links = page.getByRole('list', { name: 'Links' });
    await expect(links.getByRole('link', { name: 'arXiv page' })).toHaveAttribute('href', 'https://arxiv.org/abs/2407.13168');
    await expect(links.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', 'https://arxiv.org/pdf/2407.13168');
    await expect(links.getByRole('link', { name: 'Project page' })).toHaveAttribute('href', 'https://scicode-bench.github.io/');
    await expect(links.getByRole('link', { name: 'DOI' })).toHaveAttribute('href', 'https://doi.org/10.48550/arXiv.2407.13168');
    // Paragraphs of the abstract are kept.
    await expect(page.getByRole('region', { name: 'Abstract' }).locator('p')).toHaveCount(2);
  });

  test('an old-style id with a slash has its own page', async ({ page }) => {
    await page.goto('/papers/hep-th/9608091');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test fixture: An Old-Style Identifier Paper');
    await expect(page.getByText('Test University')).toBeVisible();
  });
});

test.describe('not found', () => {
  for (const path of ['/papers/date/2025-13-45', '/papers/date/yesterday', '/papers/date/9999-01-01', '/papers/no-such-paper', '/papers/2501.99999', '/papers/a/b/c']) {
    test(`${path} is a 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'See the latest papers' })).toBeVisible();
    });
  }

  test('a bad date typed into the date form is a 404, not an error', async ({ page }) => {
    const response = await page.goto('/papers/date?date=%3Cscript%3E');
    expect(response?.status()).toBe(404);
  });
});

test.describe('serving', () => {
  test('a list page is rendered once and then served from the page cache, compressed', async ({ request }) => {
    const first = await request.get('/papers/date/2025-08-29?sort=newest', { headers: { 'accept-encoding': 'gzip' } });
    expect(first.status()).toBe(200);
    const again = await request.get('/papers/date/2025-08-29?sort=newest', { headers: { 'accept-encoding': 'gzip' } });
    expect(again.headers()['x-page-cache']).toBe('HIT');
    expect(again.headers()['content-encoding']).toBe('gzip');
    expect(await again.text()).toBe(await first.text());
    expect(again.headers()['cache-control']).toMatch(/s-maxage=60\b/);
  });
});
