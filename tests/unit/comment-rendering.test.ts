import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentBody } from '@/components/comments/comment-body';
import { isMarkdownSafe, readInlineMath, safeCommentUrl } from '@/lib/comments/markdown';
import { toRichPieces } from '@/lib/math/rich-text';

const render = (body: string) => renderToStaticMarkup(createElement(CommentBody, { body }));
/** The markup without KaTeX's (trusted) output, to look at what the comment itself produced. */
const withoutMath = (html: string) => html.replace(/<span class="katex(-display)?">[\s\S]*?<\/annotation><\/semantics><\/math><\/span>/g, '[math]');
const tags = (html: string) => [...new Set([...withoutMath(html).matchAll(/<([a-z0-9]+)[\s>/]/g)].map((match) => match[1]))].sort();

describe('comment Markdown: the safe subset', () => {
  it('renders emphasis, code, quotes, lists and links', () => {
    const html = render('Some *emphasis*, **strong** and `code`.\n\n> quoted\n\n- one\n- two\n\n1. first\n\n```\nblock <b>\n```\n\n[arXiv](https://arxiv.org/abs/2407.13168) and <https://example.org>\n\n---');
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<li>two</li>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<pre><code>block &lt;b&gt;\n</code></pre>');
    expect(html).toContain('<a href="https://arxiv.org/abs/2407.13168" rel="nofollow ugc noopener">arXiv</a>');
    expect(html).toContain('<a href="https://example.org/" rel="nofollow ugc noopener">https://example.org</a>');
    expect(html).toContain('<hr/>');
  });

  it('links bare URLs as abstracts do, without the sentence\'s period', () => {
    expect(render('see https://arxiv.org/abs/2407.13168.')).toContain('<a href="https://arxiv.org/abs/2407.13168" rel="nofollow ugc noopener">https://arxiv.org/abs/2407.13168</a>.');
  });

  it('never passes raw HTML: script, img onerror and event handlers are inert text or gone', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> and <b onclick="x()">bold</b>\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe|<b[ >]|onerror|onclick/i);
    expect(tags(html)).toEqual(['div', 'p']);
  });

  it('makes javascript:, data: and relative links plain text, and images links', () => {
    const html = render('[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) [d](/signout) [e](mailto:ada@example.org)\n\n![chart](https://example.org/c.png) ![x](javascript:alert(1))');
    expect(html).not.toMatch(/javascript|data:|href="\/signout"|<img/i);
    expect(html).toContain('<a href="mailto:ada@example.org" rel="nofollow ugc noopener">e</a>');
    expect(html).toContain('<a href="https://example.org/c.png" rel="nofollow ugc noopener">chart</a>');
  });

  it('shows headings as bold paragraphs (a comment does not add to the page outline)', () => {
    const html = render('# Big\n\n###### small');
    expect(html).not.toMatch(/<h\d/);
    expect(html).toContain('<p class="font-semibold">Big</p>');
  });

  it('drops code block languages (no reader-chosen class names)', () => {
    expect(render('```hidden\nx\n```')).toContain('<pre><code>x\n</code></pre>');
  });

  it('accepts only http(s) and mailto URLs', () => {
    expect(safeCommentUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeCommentUrl(' javascript:alert(1)')).toBe('');
    expect(safeCommentUrl('//evil.example')).toBe('');
    expect(safeCommentUrl('vbscript:x')).toBe('');
  });
});

describe('comment math: the abstracts\' renderer', () => {
  it('typesets $…$ inline and $$…$$ displayed with the same KaTeX output as an abstract', () => {
    const html = render('Energy $E = mc^2$ and\n\n$$\n\\sum_{i=1}^n i\n$$');
    const inline = toRichPieces('$E = mc^2$')[0];
    const display = toRichPieces('$$\\sum_{i=1}^n i$$')[0];
    expect(inline?.kind === 'math' && html.includes(inline.html)).toBe(true);
    expect(display?.kind === 'math' && html.includes(display.html)).toBe(true);
    // Markdown does not read the formula: `_` and `*` inside stay TeX.
    expect(render('$a_1 * b_2 * c$')).not.toContain('<em>');
  });

  it('leaves prices as text, like abstracts, and shows unparseable TeX as written', () => {
    const prices = render('It costs $5 and $10 today');
    expect(prices).not.toContain('katex');
    expect(prices).toContain('It costs $5 and $10 today');
    expect(render('bad $\\frac{1}{$ formula')).toContain('$\\frac{1}{$');
    expect(readInlineMath('a $x$ b', 2, 5)).toEqual({ tex: 'x', display: false });
    expect(readInlineMath('a $x$1', 2, 5)).toBeNull();
  });

  it('cannot run KaTeX commands that link or style (trust is off)', () => {
    const html = render('$\\href{javascript:alert(1)}{x}$ $\\htmlClass{hidden}{y}$ $\\includegraphics{https://e.example/p.png}$');
    // The TeX source stays in MathML's annotation (text); nothing of it became markup.
    expect(html).not.toMatch(/<a[\s>]|href=|<img|class="hidden"/);
  });

  it('shares the abstracts\' budget: each formula charged at least 16 of 16,000, the rest stay as text', () => {
    const html = render('$x$ '.repeat(1_100));
    expect(html.split('class="katex"').length - 1).toBe(1_000);
    expect(html).toContain('$x$ $x$');
  });
});

/** A comment at its longest (10,000 characters) made of `unit`. */
const fill = (unit: string, suffix = '') => unit.repeat(Math.floor((10_000 - suffix.length) / unit.length)) + suffix;

function tabNested(): string {
  // Every line 8 list markers deeper than the last, its indentation in tabs: the deepest
  // nesting the guard lets through in 10,000 characters.
  let text = '';
  for (let depth = 0; ; depth += 8) {
    const line = `${'\t'.repeat(depth / 2)}${'- '.repeat(8)}x\n`;
    if (text.length + line.length > 10_000) return text;
    text += line;
  }
}

describe('hostile comments render in bounded time', () => {
  // Measured before the guard: 5,000 nested "- " took 7 s and then overflowed the stack;
  // 10,000 ">" overflowed it. Linear work on 10,000 characters takes tens of milliseconds;
  // the bound leaves room for a loaded machine and takes the better of two runs.
  const BOUND_MS = 3_000;
  it.each([
    ['10,000 asterisks', fill('*')],
    ['alternating emphasis', fill('*a')],
    ['unclosed emphasis runs', fill('a*')],
    ['strong/emphasis mixes', fill('**a*')],
    ['underscores', fill('_a')],
    ['10,000 nested quotes', fill('>', ' x')],
    ['5,000 nested lists on one line', fill('- ', 'x')],
    ['nested ordered lists', fill('1. ', 'x')],
    ['nesting built up with tabs', tabNested()],
    ['unclosed brackets', fill('[')],
    ['unclosed links', fill('[a](')],
    ['dollars', fill('$')],
    ['a formula per character', fill('$x')],
    ['backticks', fill('`a')],
    ['angle brackets', fill('<a')],
    ['a 2,000-character formula of nested fractions', `$${'\\frac{1}{'.repeat(200)}x${'}'.repeat(200)}$`],
    ['displayed formulas of nested groups', fill(`$$\n${'{'.repeat(900)}x${'}'.repeat(900)}\n$$\n\n`)],
    ['formulas that expand macros', fill('$\\def\\a{\\a\\a}\\a$ ')],
  ])('%s', (_name, body) => {
    expect(body.length).toBeLessThanOrEqual(10_000);
    let best = Infinity;
    let html = '';
    for (let run = 0; run < 2; run += 1) {
      const started = performance.now();
      html = render(body);
      best = Math.min(best, performance.now() - started);
    }
    expect(html.startsWith('<div')).toBe(true);
    expect(best).toBeLessThan(BOUND_MS);
  });

  it('shows too deeply nested Markdown as text, formulas still typeset', () => {
    expect(isMarkdownSafe('> > quoted\n\n- a\n  - b')).toBe(true);
    expect(isMarkdownSafe(`${'> '.repeat(9)}deep`)).toBe(false);
    const html = render(`${'- '.repeat(20)}deep $x^2$`);
    expect(html).toContain('- - - -');
    expect(html).toContain('class="katex"');
    expect(html).not.toContain('<li>');
  });
});
