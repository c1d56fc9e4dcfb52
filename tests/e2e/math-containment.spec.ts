import { expect, test } from '@playwright/test';

// Fixture 2507.20001 (tests/fixtures/e2e-days/2025-07-14.json): an abstract whose formulas use
// \kern, \mathrlap and \raisebox to paint outside their place, the way a crafted record could
// cover the page with text of its choosing.
test.describe('a formula stays in its own box', () => {
  test('what a formula moves away is not painted outside the abstract, nor does it widen or lengthen the page', async ({ page }) => {
    await page.goto('/papers/2507.20001');
    const abstract = page.getByRole('region', { name: 'Abstract' });
    await expect(abstract).toContainText('The text after them stays where it was.');

    const escapes = await abstract.locator('p').evaluate((paragraph) => {
      const box = paragraph.getBoundingClientRect();
      const found: { word: string; laidOutside: boolean; onScreen: boolean; hit: boolean }[] = [];
      for (const word of ['SPOOFED', 'FARLEFT', 'FARRIGHT']) {
        // The innermost KaTeX span holding the word: where the browser laid the word out.
        const glyphs = [...paragraph.querySelectorAll('.katex-html span')].filter((span) => span.textContent === word && span.children.length === 0);
        for (const glyph of glyphs) {
          const rect = glyph.getBoundingClientRect();
          const x = rect.left + rect.width / 2;
          const y = rect.top + rect.height / 2;
          // Hit testing follows painting: a clipped word is not under the pointer.
          const under = document.elementFromPoint(x, y);
          found.push({
            word,
            laidOutside: rect.right < box.left || rect.left > box.right,
            onScreen: x >= 0 && x < window.innerWidth && y >= 0 && y < window.innerHeight,
            hit: under !== null && glyph.contains(under),
          });
        }
      }
      return found;
    });
    // The attack is real: the words are laid out outside the paragraph, SPOOFED on screen.
    expect(escapes.map(({ word, laidOutside }) => [word, laidOutside])).toEqual([
      ['SPOOFED', true],
      ['FARLEFT', true],
      ['FARRIGHT', true],
    ]);
    expect(escapes.find((escape) => escape.word === 'SPOOFED')?.onScreen).toBe(true);
    // And none of it shows: nothing of theirs is under the pointer. (Soft, like the checks
    // below, so that one run reports every way the page is broken.)
    expect.soft(escapes.filter((escape) => escape.hit)).toEqual([]);

    // Nothing pushed past the right edge makes the page scroll sideways.
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
    // A formula 1,000 em deep is shown as its TeX instead of opening a 16,000-pixel gap.
    await expect.soft(abstract).toContainText('dropped a page down: $\\raisebox{-1000em}{DEEP}$.');
    expect((await abstract.boundingBox())?.height ?? Infinity).toBeLessThan(600);
  });
});
