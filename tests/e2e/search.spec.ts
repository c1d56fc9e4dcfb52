import { expect, test } from '@playwright/test';

const UNIFIED_EMBEDDING = 'Unified Embedding: Battle-Tested Feature Representations for Web-Scale ML Systems';

test.describe('search', () => {
  test('the header box searches from any page; results are ranked, highlighted and paged in the URL', async ({ page }) => {
    await page.goto('/papers/2407.13168');
    const box = page.getByRole('search', { name: 'Papers' });
    await box.getByLabel('Search papers').fill('embedding');
    await box.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=embedding$/);

    const results = page.getByRole('list', { name: 'Search results' }).getByRole('article');
    await expect(results.first()).toBeVisible();
    await expect(page.getByRole('link', { name: UNIFIED_EMBEDDING })).toBeVisible();
    // The matched word is marked in titles and snippets.
    await expect(results.first().locator('mark').first()).toHaveText(/embedding/i);
    // The page's own form keeps the query for refining it.
    await expect(page.getByLabel('Search titles, abstracts and authors')).toHaveValue('embedding');
  });

  test('filters narrow the results and pages link to each other', async ({ page }) => {
    await page.goto('/search?q=embedding&from=2030-01-01');
    await expect(page.getByText('No papers match your search.')).toBeVisible();

    await page.goto('/search?q=model');
    await page.getByRole('link', { name: /Next page/ }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByText(/^Results 21–/)).toBeVisible();
    await page.getByRole('link', { name: /Previous page/ }).click();
    await expect(page.getByText(/^Results 1–20/)).toBeVisible();
  });

  test('a query that matches nothing says so', async ({ page }) => {
    await page.goto('/search?q=zzyzxqwv');
    await expect(page.getByText('No papers match your search.')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(0);
  });

  test('an empty query explains how to search', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByText(/Type a few words to search/)).toBeVisible();
  });

  test('an arXiv id or link goes straight to the paper', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Search papers').fill('https://arxiv.org/abs/2407.13168v2');
    await page.getByLabel('Search papers').press('Enter');
    await expect(page).toHaveURL(/\/papers\/2407\.13168$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SciCode: A Research Coding Benchmark Curated by Scientists');
  });

  test('hostile input never breaks the page', async ({ request }) => {
    const inputs = ['"unbalanced', 'a AND OR NEAR(', '*', '-', ')))(((', "'; DROP TABLE \"Paper\"; --", 'x'.repeat(10_240), '深度学习 тест'];
    for (const q of inputs) {
      for (const path of ['/search', '/api/papers/search']) {
        const response = await request.get(`${path}?${new URLSearchParams({ q, page: '-1', from: 'nope', category: '%' })}`);
        expect(response.status(), `${path} ${q.slice(0, 30)}`).toBe(200);
      }
    }
  });

  test('result pages are not cached or indexed', async ({ request }) => {
    const response = await request.get('/search?q=embedding');
    expect(response.headers()['cache-control']).not.toMatch(/s-maxage/);
    expect(await response.text()).toMatch(/<meta name="robots" content="noindex, follow"/);
  });

  test('the JSON API answers Hugging Face-shaped items', async ({ request }) => {
    const response = await request.get('/api/papers/search?q=scientists coding benchmark');
    expect(response.status()).toBe(200);
    const [first] = (await response.json()) as { paper: { id: string; authors: { name: string }[] }; title: string; summary: string }[];
    expect(first?.paper.id).toBe('2407.13168');
    expect(first?.title).toBe('SciCode: A Research Coding Benchmark Curated by Scientists');
    expect(first?.paper.authors.map((author) => author.name)).toContain('Minyang Tian');
    expect(first?.summary).toMatch(/language models/i);
  });
});

test('a paper page lists similar papers from the catalogue', async ({ page }) => {
  await page.goto('/papers/unified-embedding-battle-tested-feature-representations-for-web-scale-ml-systems');
  const similar = page.getByRole('region', { name: 'Similar papers' });
  await expect(similar.getByRole('listitem')).toHaveCount(5);
  await expect(similar.getByRole('link', { name: UNIFIED_EMBEDDING })).toHaveCount(0);
});

test('every page has the search box in its header', async ({ page }) => {
  for (const path of ['/', '/papers/date/2025-09-03', '/papers/2407.13168', '/papers/no-such-paper', '/search?q=embedding']) {
    await page.goto(path);
    await expect(page.getByRole('banner').getByRole('search', { name: 'Papers' }).getByLabel('Search papers'), path).toBeVisible();
  }
});
