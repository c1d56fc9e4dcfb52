import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { signIn } from './support/sign-in';

/**
 * The discussion under a paper, as readers use it: with script (in place, no reload) and
 * without (plain forms and redirects), from two accounts, and as a signed-out reader sees it.
 * Each test takes its own seed paper, so counts are its own.
 */

const SEED_DAY = '/papers/date/2025-09-04';

async function paperPathAt(page: Page, index: number): Promise<string> {
  await page.goto(SEED_DAY);
  const href = await page.locator('article a.paper-link').nth(index).getAttribute('href');
  if (!href) throw new Error(`no paper at ${index}`);
  return href;
}

const thread = (page: Page) => page.getByRole('region', { name: /^Discussion/ });
const commentWith = (scope: Page | Locator, text: string) => scope.locator('article[data-comment-id]').filter({ hasText: text });

async function newReader(browser: Browser, javaScriptEnabled: boolean, next: string) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const who = await signIn(page, { next });
  return { context, page, who };
}

/** What a reader sees of a formula: KaTeX's box drawn, the TeX source not on screen. */
async function expectTypeset(comment: Locator): Promise<void> {
  await expect(comment.locator('.katex-html').first()).toBeVisible();
  const visible = await comment.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.katex-mathml').forEach((node) => node.remove());
    return copy.textContent ?? '';
  });
  expect(visible).not.toContain('$');
}

test.describe('comments with script', () => {
  test('post with Markdown and a formula, edit, reply, upvote, report from a second account, delete', async ({ browser }) => {
    test.slow();
    const setup = await browser.newPage();
    const paper = await paperPathAt(setup, 40);
    await setup.close();

    const ada = await newReader(browser, true, paper);
    await expect(ada.page).toHaveURL(paper);
    await expect(thread(ada.page).getByRole('heading', { name: 'Discussion (0)' })).toBeVisible();
    // A marker that a full page load would wipe: posting happens in place.
    await ada.page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await ada.page.getByLabel('Add a comment').fill('Lovely **result**: $E = mc^2$ holds.');
    await ada.page.getByRole('button', { name: 'Post comment' }).click();
    const mine = commentWith(thread(ada.page), 'Lovely result');
    await expect(mine).toBeVisible();
    await expect(mine.locator('strong')).toHaveText('result');
    await expectTypeset(mine);
    await expect(mine.getByRole('link', { name: ada.who.username })).toHaveAttribute('href', `/u/${ada.who.username}`);
    await expect(mine.locator('time')).toHaveText('just now');
    await expect(thread(ada.page).getByRole('heading', { name: 'Discussion (1)' })).toBeVisible();
    await expect(ada.page.getByLabel('Add a comment')).toHaveValue('');
    expect(await ada.page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    // Edit in place: the form holds the Markdown source.
    await mine.getByRole('button', { name: 'Edit' }).click();
    const editor = mine.getByRole('textbox');
    await expect(editor).toHaveValue('Lovely **result**: $E = mc^2$ holds.');
    await editor.fill('Lovely **result**: $E = mc^3$ holds, surely.');
    await mine.getByRole('button', { name: 'Save changes' }).click();
    await expect(commentWith(thread(ada.page), 'surely')).toContainText('(edited)');
    expect(await ada.page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    // A second reader sees it, replies, upvotes and reports it.
    const bo = await newReader(browser, true, paper);
    const theirs = commentWith(thread(bo.page), 'surely');
    await expect(theirs).toBeVisible();
    await expect(theirs.getByRole('button', { name: 'Edit' })).toBeHidden();
    await theirs.getByRole('link', { name: 'Reply' }).click();
    await bo.page.getByLabel(`Reply to ${ada.who.username}`).fill('Agreed, see https://arxiv.org/abs/2407.13168.');
    await bo.page.getByRole('button', { name: 'Post reply' }).click();
    const reply = commentWith(thread(bo.page), 'Agreed');
    await expect(reply).toBeVisible();
    // Beneath the comment it answers, one level in.
    await expect(bo.page.locator('li:has(> article[data-comment-id]) > ol[data-replies] > li > article').filter({ hasText: 'Agreed' })).toHaveCount(1);
    await expect(reply.getByRole('link', { name: 'https://arxiv.org/abs/2407.13168' })).toHaveAttribute('rel', 'nofollow ugc noopener');
    await expect(thread(bo.page).getByRole('heading', { name: 'Discussion (2)' })).toBeVisible();

    const upvote = theirs.getByRole('button', { name: /Upvote comment/ });
    await expect(upvote).toHaveAttribute('aria-pressed', 'false');
    await upvote.click();
    await expect(upvote).toHaveAttribute('aria-pressed', 'true');
    await expect(upvote).toContainText('1');
    // After a reload the page is the cached copy; the reader's own mark comes from /api/me.
    await bo.page.reload();
    await expect(commentWith(thread(bo.page), 'surely').getByRole('button', { name: /Upvote comment/ })).toHaveAttribute('aria-pressed', 'true');

    await commentWith(thread(bo.page), 'surely').getByRole('link', { name: 'Report' }).click();
    await expect(bo.page).toHaveURL(/\/comments\/\d+#report$/);
    await bo.page.getByLabel('Spam or advertising').check();
    await bo.page.getByRole('button', { name: 'Report comment' }).click();
    await expect(bo.page.getByRole('status').filter({ hasText: 'the moderators will look at this comment' })).toBeVisible();

    // The author deletes it: the reply keeps a "comment deleted" placeholder above it.
    await ada.page.reload();
    ada.page.once('dialog', (dialog) => void dialog.accept());
    await commentWith(thread(ada.page), 'surely').getByRole('button', { name: 'Delete' }).click();
    await expect(thread(ada.page).getByText('comment deleted', { exact: true })).toBeVisible();
    await expect(thread(ada.page).getByRole('heading', { name: 'Discussion (1)' })).toBeVisible();

    // A signed-out reader sees the thread as it is now.
    const anonymous = await browser.newPage();
    await anonymous.goto(paper);
    await expect(commentWith(thread(anonymous), 'Agreed')).toBeVisible();
    await expect(thread(anonymous).getByText('comment deleted', { exact: true })).toBeVisible();
    await expect(thread(anonymous)).not.toContainText('surely');
    await anonymous.close();
    await ada.context.close();
    await bo.context.close();
  });

  test('a signed-out reader who posts is sent to sign in and comes back with the draft kept', async ({ page }) => {
    const paper = await paperPathAt(page, 41);
    await page.goto(paper);
    await page.getByLabel('Add a comment').fill('Written before signing in');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page).toHaveURL(`/signin?next=${encodeURIComponent(paper)}`);
    await signIn(page, { next: paper });
    await expect(page).toHaveURL(paper);
    await expect(page.getByLabel('Add a comment')).toHaveValue('Written before signing in');
  });
});

test.describe('comments without script', () => {
  test('post, reply, edit, upvote, report and delete with plain forms', async ({ browser }) => {
    test.slow();
    const setup = await browser.newPage();
    const paper = await paperPathAt(setup, 42);
    await setup.close();

    const ada = await newReader(browser, false, paper);
    await ada.page.goto(paper);
    await ada.page.getByLabel('Add a comment').fill('Plain *form* with $\\alpha + \\beta$');
    await ada.page.getByRole('button', { name: 'Post comment' }).click();
    await expect(ada.page).toHaveURL(new RegExp(`${paper}#comment-\\d+$`));
    const mine = commentWith(thread(ada.page), 'Plain form');
    await expectTypeset(mine);
    await expect(thread(ada.page).getByRole('heading', { name: 'Discussion (1)' })).toBeVisible();
    const id = await mine.getAttribute('data-comment-id');

    // Its own page lets the author edit it.
    await ada.page.goto(`/comments/${id}`);
    await ada.page.getByRole('textbox', { name: 'Your comment' }).fill('Plain *form*, edited, with $\\alpha + \\gamma$');
    await ada.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(ada.page).toHaveURL(`${paper}#comment-${id}`);
    await expect(commentWith(thread(ada.page), 'edited, with')).toContainText('(edited)');

    const bo = await newReader(browser, false, paper);
    await bo.page.goto(paper);
    const theirs = commentWith(thread(bo.page), 'edited, with');
    await theirs.getByRole('button', { name: /Upvote comment/ }).click();
    await expect(bo.page).toHaveURL(`${paper}#comment-${id}`);
    await expect(commentWith(thread(bo.page), 'edited, with').getByRole('button', { name: /Upvote comment/ })).toContainText('1');
    await commentWith(thread(bo.page), 'edited, with').getByRole('link', { name: 'Reply' }).click();
    await expect(bo.page).toHaveURL(`/comments/${id}#reply`);
    await bo.page.getByLabel(`Reply to ${ada.who.username}`).fill('A reply without script');
    await bo.page.getByRole('button', { name: 'Post reply' }).click();
    await expect(bo.page).toHaveURL(new RegExp(`${paper}#comment-\\d+$`));
    await expect(commentWith(thread(bo.page), 'A reply without script')).toBeVisible();
    await expect(thread(bo.page).getByRole('heading', { name: 'Discussion (2)' })).toBeVisible();

    // The comment's own page shows the reader's own vote without script.
    await bo.page.goto(`/comments/${id}`);
    await expect(commentWith(bo.page, 'edited, with').getByRole('button', { name: /Upvote comment/ })).toHaveAttribute('aria-pressed', 'true');
    await bo.page.getByLabel('Off topic').check();
    await bo.page.getByLabel('Anything to add (optional)').fill('Not about this paper');
    await bo.page.getByRole('button', { name: 'Report comment' }).click();
    await expect(bo.page.getByRole('status').filter({ hasText: 'the moderators will look at this comment' })).toBeVisible();

    // The reply's author deletes it: with no replies of its own, it disappears.
    const replyId = await commentWith(bo.page, 'A reply without script').getAttribute('data-comment-id');
    await bo.page.goto(`/comments/${replyId}`);
    await bo.page.getByLabel('Yes, delete this comment').check();
    await bo.page.getByRole('button', { name: 'Delete comment' }).click();
    await expect(bo.page).toHaveURL(`${paper}#comments`);
    await expect(thread(bo.page)).not.toContainText('A reply without script');
    await expect(thread(bo.page).getByRole('heading', { name: 'Discussion (1)' })).toBeVisible();
    await ada.context.close();
    await bo.context.close();
  });
});

test.describe('accessibility and valid HTML of the thread', () => {
  test('the paper page with a thread and a comment page have no axe violations and are valid HTML', async ({ browser, request }) => {
    test.slow();
    const setup = await browser.newPage();
    const paper = await paperPathAt(setup, 43);
    await setup.close();
    const ada = await newReader(browser, true, paper);
    await ada.page.getByLabel('Add a comment').fill('A formula $\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$ and a list:\n\n- one\n- two\n\n> quoted\n\n$$\n\\int_0^1 x\\,dx\n$$');
    await ada.page.getByRole('button', { name: 'Post comment' }).click();
    const comment = commentWith(thread(ada.page), 'A formula');
    await expect(comment).toBeVisible();
    const id = await comment.getAttribute('data-comment-id');
    await comment.getByRole('link', { name: 'Reply' }).click();
    await ada.page.getByLabel(`Reply to ${ada.who.username}`).fill('A reply with `code`.');
    await ada.page.getByRole('button', { name: 'Post reply' }).click();
    await expect(commentWith(thread(ada.page), 'A reply with')).toBeVisible();

    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, storageState: await ada.context.storageState() });
      const signedIn = await context.newPage();
      const anonymousContext = await browser.newContext({ colorScheme });
      const anonymous = await anonymousContext.newPage();
      for (const [who, page, path] of [['signed in', signedIn, paper], ['signed in', signedIn, `/comments/${id}`], ['signed out', anonymous, paper], ['signed out', anonymous, `/comments/${id}`]] as const) {
        await page.goto(path);
        await expect(page.locator('[data-comment-id]').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${colorScheme} ${who} ${path}: ${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
      }
      await context.close();
      await anonymousContext.close();
    }

    // The Nu checker on the HTML as served: signed out (the cached page) and the private page.
    const folder = mkdtempSync(path.join(tmpdir(), 'vnu-comments-'));
    try {
      const sources = [
        ['paper page', await (await request.get(paper)).text()],
        ['comment page, signed out', await (await request.get(`/comments/${id}`)).text()],
        ['comment page, author', await (await ada.page.request.get(`/comments/${id}`)).text()],
      ] as const;
      const files = sources.map(([name, html], index) => {
        const file = path.join(folder, `page-${index}.html`);
        writeFileSync(file, html);
        return { name, file };
      });
      let output = '';
      try {
        execFileSync('java', ['-jar', path.resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar'), '--format', 'json', '--errors-only', ...files.map((entry) => entry.file)], { stdio: 'pipe' });
      } catch (error) {
        output = String((error as { stderr?: Buffer }).stderr ?? error);
      }
      const messages = output ? (JSON.parse(output) as { messages: { url: string; lastLine?: number; message: string }[] }).messages : [];
      expect(messages.map((message) => `${files.find((entry) => message.url.endsWith(path.basename(entry.file)))?.name}:${message.lastLine} ${message.message}`)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await ada.context.close();
  });
});
