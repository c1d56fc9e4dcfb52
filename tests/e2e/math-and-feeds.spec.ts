import { expect, test } from '@playwright/test';

test.describe('math in titles and abstracts', () => {
  test('TeX is typeset by KaTeX on the paper page and on its card, with no raw TeX left', async ({ page }) => {
    await page.goto('/papers/2508.20001');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title.locator('.katex')).toHaveCount(2);
    const abstract = page.getByRole('region', { name: 'Abstract' });
    await expect(abstract.locator('.katex')).toHaveCount(3);
    await expect(abstract.locator('.katex-display')).toHaveCount(1);
    // What is on screen: the text without KaTeX's MathML copy (kept for screen readers, and
    // carrying the TeX source in its <annotation>).
    const visible = await abstract.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.katex-mathml').forEach((node) => node.remove());
      return copy.textContent ?? '';
    });
    expect(visible).toContain('We resolve bond lengths to within 0.1');
    expect(visible).not.toMatch(/\\mathring|\\alpha|\$/);
    // KaTeX's fonts come from this app, not a CDN.
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded');
    });
    expect(fontLoaded).toBe(true);
    const link = abstract.getByRole('link', { name: 'https://github.com/example/crystal-maps' });
    await expect(link).toHaveAttribute('rel', 'noopener nofollow ugc');

    await page.goto('/papers/date/2025-08-29');
    await expect(page.getByRole('article').filter({ hasText: 'Fixture Math Author' }).locator('.katex').first()).toBeVisible();
  });

  test('TeX that KaTeX cannot parse is shown as written', async ({ page }) => {
    await page.goto('/papers/2508.20002');
    const abstract = page.getByRole('region', { name: 'Abstract' });
    await expect(abstract).toContainText('a formula KaTeX cannot parse, $\\frac{1}{$, which stays');
    await expect(abstract.locator('.katex')).toHaveCount(0);
  });
});

test.describe('feeds', () => {
  test('pages advertise the RSS and Atom feeds, which list the latest papers', async ({ page, request }) => {
    await page.goto('/');
    const rssHref = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href');
    const atomHref = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(rssHref).toMatch(/\/feed\.xml$/);
    expect(atomHref).toMatch(/\/atom\.xml$/);

    const rss = await request.get(new URL(rssHref ?? '', page.url()).pathname);
    expect(rss.headers()['content-type']).toContain('application/rss+xml');
    expect(await rss.text()).toContain('<title>StyledStreets: Multi-style Street Simulator with Spatial and Temporal Consistency</title>');
    const atom = await request.get(new URL(atomHref ?? '', page.url()).pathname);
    expect(await atom.text()).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  });

  test('a category page offers its own feed', async ({ page, request }) => {
    await page.goto('/papers/category/cs.CV');
    const href = await page.locator('head link[rel="alternate"][href$="/papers/category/cs.CV/feed.xml"]').getAttribute('href');
    const feed = await (await request.get(new URL(href ?? '', page.url()).pathname)).text();
    expect(feed).toContain('Test fixture: A Vision Paper on Friday');
    expect(feed).not.toContain('SciCode');
  });
});

test.describe('the JSON API and search engines', () => {
  test('GET /api/daily_papers answers Hugging Face’s shape with a next-page link', async ({ request }) => {
    const response = await request.get('/api/daily_papers?date=2025-09-04&limit=10');
    expect(response.status()).toBe(200);
    const items = (await response.json()) as { paper: { id: string; title: string } }[];
    expect(items).toHaveLength(10);
    expect(items[0]?.paper.title).toBe('StyledStreets: Multi-style Street Simulator with Spatial and Temporal Consistency');
    expect(response.headers().link).toBe('</api/daily_papers?date=2025-09-04&limit=10&p=1>; rel="next"');
    expect((await request.get('/api/daily_papers?limit=101')).status()).toBe(400);
  });

  test('a paper page carries ScholarlyArticle JSON-LD and a social image', async ({ page, request }) => {
    await page.goto('/papers/2407.13168');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ '@type': 'ScholarlyArticle', name: 'SciCode: A Research Coding Benchmark Curated by Scientists', author: [{ name: 'Minyang Tian' }, { name: 'Xinan Chen' }] });
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const png = await request.get(new URL(image ?? '').pathname);
    expect(png.headers()['content-type']).toBe('image/png');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });

  test('robots.txt points to the sitemap index, which lists the pages', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    const index = await (await request.get('/sitemap.xml')).text();
    expect(index).toContain('/sitemaps/sitemap/0.xml');
    const lists = await (await request.get('/sitemaps/sitemap/0.xml')).text();
    expect(lists).toContain('/papers/week/2025-W36');
    const papers = await (await request.get('/sitemaps/sitemap/1.xml')).text();
    expect(papers).toContain('/papers/2407.13168');
  });
});
