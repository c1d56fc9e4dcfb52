import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { hasNginx, startShippedNginx } from './support/nginx';
import { signIn } from './support/sign-in';

/**
 * Upvotes (issue 12, item 2) and what they must never break: pages stay one cached copy for
 * everyone, the voter sees the new count at once (with script and without), a signed-out
 * reader sees it too, other days stay cached, and no reader's state reaches another.
 * Each test votes on its own paper of the seed day (Sep 4, 54 papers, all at 0).
 */
const DAY = '/papers/date/2025-09-04';
const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';

function card(page: Page, title: string): Locator {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
}

function upvote(scope: Locator): Locator {
  return scope.getByRole('button', { name: /^Upvote \d+/ });
}

async function paperIdOf(page: Page, title: string): Promise<string> {
  return (await card(page, title).locator('form.vote').getAttribute('data-paper-id')) ?? '';
}

/** The count a page's HTML shows for a paper, as a signed-out reader without script reads it. */
function countIn(html: string, paperId: string): number | null {
  const match = new RegExp(`data-paper-id="${paperId}"[\\s\\S]*?data-count="">(\\d+)<`).exec(html);
  return match ? Number(match[1]) : null;
}

async function signedInContext(browser: Browser, next = DAY) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const reader = await signIn(page, { next });
  return { context, page, reader };
}

test('with script, an upvote counts at once, in place, for the voter and for a signed-out reader; pressing again withdraws it', async ({ browser }) => {
  test.slow(); // a sign-in, three readers' pages and two axe runs on the 54-paper day
  const title = 'Experimental Analysis of Large-scale Learnable Vector Storage Compression';
  const { context, page } = await signedInContext(browser);
  await page.goto(DAY);
  const button = upvote(card(page, title));
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(button.locator('[data-count]')).toHaveText('0');
  const url = page.url();
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button.locator('[data-count]')).toHaveText('1');
  expect(page.url()).toBe(url); // no reload, no navigation

  // A reader who is not signed in (no script needed) sees the count on the same cached page.
  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  const reading = await anonymous.newPage();
  await reading.goto(DAY);
  await expect(upvote(card(reading, title)).locator('[data-count]')).toHaveText('1');

  // Reloaded, the voter's page shows their vote (from /api/me) and the count.
  await page.reload();
  await expect(upvote(card(page, title))).toHaveAttribute('aria-pressed', 'true');
  await expect(upvote(card(page, title)).locator('[data-count]')).toHaveText('1');
  // Axe on the page with a pressed button, both colour schemes.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
  }

  await upvote(card(page, title)).click();
  await expect(upvote(card(page, title))).toHaveAttribute('aria-pressed', 'false');
  await expect(upvote(card(page, title)).locator('[data-count]')).toHaveText('0');
  await reading.reload();
  await expect(upvote(card(reading, title)).locator('[data-count]')).toHaveText('0');
  await anonymous.close();
  await context.close();
});

test('without script, the vote form sends the reader back to the card, whose page shows the new count', async ({ browser }) => {
  const title = 'OptEmbed: Learning Optimal Embedding Table for Click-through Rate Prediction';
  const { context } = await signedInContext(browser);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  const page = await noScript.newPage();
  await page.goto(`${DAY}?sort=newest`);
  const id = await paperIdOf(page, title);
  await upvote(card(page, title)).click();
  // Back to the same list (its sort kept), at the card.
  await expect(page).toHaveURL(new RegExp(`${DAY}\\?sort=newest#paper-${id}$`));
  await expect(upvote(card(page, title)).locator('[data-count]')).toHaveText('1');
  // Sent again (a retry, a second press): still one vote.
  await upvote(card(page, title)).click();
  await expect(upvote(card(page, title)).locator('[data-count]')).toHaveText('1');
  await noScript.close();
  await context.close();
});

test('a signed-out press goes to sign-in and comes back to the page, with script and without', async ({ browser }) => {
  const title = 'ADMIRE-BayesOpt: Accelerated Data MIxture RE-weighting for Language Models with Bayesian Optimization';
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(DAY);
  const id = await paperIdOf(noScript, title);
  await upvote(card(noScript, title)).click();
  await expect(noScript).toHaveURL(`${BASE}/signin?next=${encodeURIComponent(`${DAY}#paper-${id}`)}`);
  await plain.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(DAY);
  await upvote(card(page, title)).click();
  await expect(page).toHaveURL(`${BASE}/signin?next=${encodeURIComponent(`${DAY}#paper-${id}`)}`);
  // Signing in from there (the helper follows the same `next`) lands back on the card.
  await signIn(page, { next: `${DAY}#paper-${id}` });
  await expect(page).toHaveURL(`${BASE}${DAY}#paper-${id}`);
  await expect(upvote(card(page, title))).toHaveAttribute('aria-pressed', 'false');
  await context.close();
});

test('Trending puts the upvoted paper of the day first; Most upvoted and Top keep their orders', async ({ browser }) => {
  const title = 'Improved Active Multi-Task Representation Learning via Lasso';
  // Two readers: two votes outweigh any single vote cast in the other tests meanwhile.
  for (let reader = 0; reader < 2; reader += 1) {
    const { context, page } = await signedInContext(browser);
    await page.goto(DAY);
    await upvote(card(page, title)).click();
    await expect(upvote(card(page, title))).toHaveAttribute('aria-pressed', 'true');
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(DAY);
  const sort = page.getByRole('navigation', { name: 'Sort order' });
  await sort.getByRole('link', { name: 'Trending' }).click();
  await expect(page).toHaveURL(`${BASE}${DAY}?sort=trending`);
  const titles = page.getByRole('list', { name: /^Papers of / }).getByRole('article').getByRole('heading');
  await expect(titles.first()).toHaveText(title);
  await expect(sort.getByRole('link', { name: 'Trending' })).toHaveAttribute('aria-current', 'true');
  await page.goto(DAY);
  await expect(titles.first()).toHaveText(/^StyledStreets/);
  await expect(titles.last()).toHaveText(title);
  // The week and the month offer it too, and the API's sort=trending is the same order.
  for (const list of ['/papers/week/2025-W36', '/papers/month/2025-09']) {
    await page.goto(`${list}?sort=trending`);
    await expect(titles.first()).toHaveText(title);
  }
  const api = (await (await page.request.get('/api/daily_papers?date=2025-09-04&sort=trending&limit=3')).json()) as { title: string }[];
  expect(api[0]?.title).toBe(title);
  await context.close();
});

async function vote(request: APIRequestContext, paperId: string, up: boolean, back: string) {
  return request.post('/votes', { form: { paper: paperId, up: up ? '1' : '0', back }, headers: { origin: BASE }, maxRedirects: 0 });
}

test('a vote drops its own pages, not the cache: the voter\u2019s next page is fresh, other days stay cached', async ({ browser, request }) => {
  const title = 'Transformers as Support Vector Machines';
  const { context, page } = await signedInContext(browser);
  await page.goto(DAY);
  const id = await paperIdOf(page, title);
  const otherDay = '/papers/date/2025-09-03';
  await request.get(otherDay);
  expect((await request.get(otherDay)).headers()['x-page-cache']).toBe('HIT');

  const answer = await vote(page.request, id, true, `${DAY}#paper-${id}`);
  expect(answer.status()).toBe(303);
  expect(answer.headers().location).toBe(`${DAY}#paper-${id}`);
  // The page the voter is sent back to (no script) already shows it.
  const back = await page.request.get(DAY);
  expect(countIn(await back.text(), id)).toBe(1);
  expect((await request.get(otherDay)).headers()['x-page-cache']).toBe('HIT');
  // The answer to script is private JSON; a bad form is a clear 4xx, never a 500.
  const json = await page.request.post('/votes', { form: { paper: id, up: '0', back: DAY }, headers: { origin: BASE, accept: 'application/json' } });
  expect(json.headers()['cache-control']).toBe('private, no-store');
  expect(await json.json()).toMatchObject({ ok: true, upvoted: false, upvotes: 0 });
  expect((await page.request.post('/votes', { form: { paper: 'x', up: '1' }, headers: { origin: BASE } })).status()).toBe(400);
  expect((await page.request.post('/votes', { form: { paper: '99999999', up: '1' }, headers: { origin: BASE } })).status()).toBe(404);
  expect((await page.request.post('/votes', { form: { paper: id, up: '1' }, headers: { origin: 'https://evil.example' } })).status()).toBe(403);
  await context.close();
});

test('two readers\u2019 state never leaks into each other\u2019s pages, through the page cache or the shipped nginx config', async ({ browser }) => {
  test.slow(); // two sign-ins, and nginx started and warmed
  const title = 'SVD-Free Low-Rank Adaptive Gradient Optimization for Large Language Models';
  const a = await signedInContext(browser);
  const b = await signedInContext(browser);
  const anonymous = await browser.newContext();
  await a.page.goto(DAY);
  const id = await paperIdOf(a.page, title);
  await upvote(card(a.page, title)).click();
  await expect(upvote(card(a.page, title))).toHaveAttribute('aria-pressed', 'true');
  const slugPath = (await card(a.page, title).getByRole('link', { name: title }).getAttribute('href')) ?? '';

  const readers = [a.context.request, b.context.request, anonymous.request];
  const secrets = [a.reader.username, a.reader.email, b.reader.username, b.reader.email];
  async function sameForAll(origin: string, path: string): Promise<string> {
    let bodies: string[] = [];
    // Other tests vote on this day meanwhile: the three copies are compared as fetched together.
    await expect
      .poll(async () => {
        const responses = await Promise.all(readers.map((request) => request.get(`${origin}${path}`)));
        for (const response of responses) {
          expect(response.status()).toBe(200);
          expect(response.headers()['set-cookie']).toBeUndefined();
        }
        bodies = await Promise.all(responses.map((response) => response.text()));
        return new Set(bodies).size;
      }, { message: `${origin}${path} is the same bytes for every reader` })
      .toBe(1);
    for (const secret of secrets) expect(bodies[0]).not.toContain(secret);
    return bodies[0] ?? '';
  }
  async function privateState(origin: string) {
    const states = [];
    for (const request of readers) {
      const response = await request.get(`${origin}/api/me?papers=${id}`);
      expect(response.headers()['cache-control']).toBe('private, no-store');
      expect(response.headers()['x-page-cache'] ?? 'BYPASS').toBe('BYPASS');
      expect(['HIT', 'STALE', 'UPDATING', 'REVALIDATED']).not.toContain(response.headers()['x-cache-status'] ?? 'none');
      states.push((await response.json()) as { reader: { username: string } | null; upvoted?: number[] });
    }
    expect(states[0]).toMatchObject({ reader: { username: a.reader.username }, upvoted: [Number(id)] });
    expect(states[1]).toMatchObject({ reader: { username: b.reader.username }, upvoted: [] });
    expect(states[2]?.reader).toBeNull();
  }

  const pages = [DAY, slugPath, '/papers/week/2025-W36'];
  for (const path of pages) expect(countIn(await sameForAll(BASE, path), id)).toBe(1);
  await privateState(BASE);

  // .ci/run installs nginx; without it this half of the test would prove nothing.
  expect(hasNginx(), 'nginx is installed (apt-get install nginx; .ci/run does)').toBe(true);
  {
    const nginx = await startShippedNginx(BASE);
    try {
      for (const path of pages) {
        await sameForAll(nginx.origin, path);
        // nginx keeps the shared page (one copy for everyone)…
        await expect.poll(async () => (await anonymous.request.get(`${nginx.origin}${path}`)).headers()['x-cache-status']).toBe('HIT');
        await sameForAll(nginx.origin, path);
      }
      // …and never a reader's own answer, in whichever order they ask.
      await privateState(nginx.origin);
      await privateState(nginx.origin);
    } finally {
      await nginx.stop();
    }
  }
  await Promise.all([a.context.close(), b.context.close(), anonymous.close()]);
});
