import { describe, expect, it } from 'vitest';
import { toPlainText, toRichPieces, type RichPiece } from '@/lib/math/rich-text';
import { splitTex } from '@/lib/math/tex-segments';

function html(pieces: RichPiece[]): string {
  return pieces.map((piece) => (piece.kind === 'math' ? piece.html : piece.kind === 'link' ? `<a>${piece.text}</a>` : piece.text)).join('');
}

describe('finding TeX in text', () => {
  it('recognises the four delimiters', () => {
    expect(splitTex('a $x$ b $$y$$ c \\(z\\) d \\[w\\]').filter((segment) => segment.kind === 'math')).toEqual([
      { kind: 'math', tex: 'x', display: false, source: '$x$' },
      { kind: 'math', tex: 'y', display: true, source: '$$y$$' },
      { kind: 'math', tex: 'z', display: false, source: '\\(z\\)' },
      { kind: 'math', tex: 'w', display: true, source: '\\[w\\]' },
    ]);
  });

  it('leaves prices and escaped dollars as text', () => {
    expect(splitTex('It costs $5 and $10 today')).toEqual([{ kind: 'text', text: 'It costs $5 and $10 today' }]);
    expect(splitTex('only \\$3')).toEqual([{ kind: 'text', text: 'only $3' }]);
  });
});

describe('rendering math with KaTeX', () => {
  it('typesets $\\mathring{A}$: KaTeX markup present, the raw TeX gone from the visible text', () => {
    const pieces = toRichPieces('Resolution of 2 $\\mathring{A}$ in crystals');
    const math = pieces.find((piece) => piece.kind === 'math');
    expect(math?.kind === 'math' && math.html).toContain('class="katex"');
    expect(pieces[0]).toEqual({ kind: 'text', text: 'Resolution of 2 ' });
    // The TeX source survives only inside MathML's <annotation>, for copy and screen readers.
    expect(html(pieces).replace(/<annotation[^>]*>.*?<\/annotation>/g, '')).not.toContain('\\mathring');
  });

  it('displays $$…$$ as a block', () => {
    const [piece] = toRichPieces('$$\\sum_{i=1}^n i$$');
    expect(piece?.kind === 'math' && piece.display && piece.html).toContain('katex-display');
  });

  it('falls back to the original text, delimiters included, when KaTeX cannot parse it', () => {
    expect(toRichPieces('broken $\\frac{1}{$ here and $\\notacommand{x}$')).toEqual([
      { kind: 'text', text: 'broken $\\frac{1}{$ here and $\\notacommand{x}$' },
    ]);
  });

  it('never lets markup through: text is kept as text, and untrusted TeX commands emit no links or HTML', () => {
    const hostile = '<script>alert(1)</script> $\\href{javascript:alert(1)}{x}$ $\\htmlId{a}{b}$ $<img src=x onerror=alert(1)>$';
    const pieces = toRichPieces(hostile);
    const output = html(pieces.filter((piece) => piece.kind === 'math'));
    const tags = new Set([...output.matchAll(/<([a-z]+)/g)].map((match) => match[1]));
    const attributes = new Set([...output.matchAll(/\s([a-z-]+)="/g)].map((match) => match[1]));
    expect([...tags].filter((tag) => ['script', 'img', 'a', 'iframe', 'object'].includes(tag ?? ''))).toEqual([]);
    expect([...attributes].filter((name) => /^on|^href$|^src$|^id$/.test(name ?? ''))).toEqual([]);
    // The <script> text is a text piece, which React escapes when rendering.
    expect(pieces[0]).toMatchObject({ kind: 'text', text: expect.stringContaining('<script>') });
  });

  it('leaves a formula as TeX when it would push the page apart vertically', () => {
    // A line 1,000 em (16,000 px) deep: KaTeX caps sizes upwards only.
    for (const tex of ['$\\raisebox{-1000em}{x}$', '$\\rule[-1000em]{1em}{1em}$', `$${'\\raisebox{20em}{'.repeat(5)}x${'}'.repeat(5)}$`]) {
      expect(toRichPieces(`a ${tex} b`)).toEqual([{ kind: 'text', text: `a ${tex} b` }]);
    }
    // Tall but real: a displayed 12-row matrix is still typeset.
    const matrix = `$$\\begin{pmatrix}${Array.from({ length: 12 }, (_, row) => `a_{${row}} & b`).join('\\\\')}\\end{pmatrix}$$`;
    expect(toRichPieces(matrix)).toMatchObject([{ kind: 'math', display: true }]);
  });

  it('turns http(s) URLs into links without their sentence punctuation', () => {
    expect(toRichPieces('Code: https://github.com/a/b. Also (see http://x.org/p_(q)).')).toEqual([
      { kind: 'text', text: 'Code: ' },
      { kind: 'link', url: 'https://github.com/a/b', text: 'https://github.com/a/b' },
      { kind: 'text', text: '. Also (see ' },
      { kind: 'link', url: 'http://x.org/p_(q)', text: 'http://x.org/p_(q)' },
      { kind: 'text', text: ').' },
    ]);
    expect(toRichPieces('javascript:alert(1) ftp://x.org')).toEqual([{ kind: 'text', text: 'javascript:alert(1) ftp://x.org' }]);
  });

  it('keeps tricky delimiters and URL punctuation exactly as before the linear rewrite', () => {
    expect(splitTex('$a$$b$ and $c$')).toEqual([
      { kind: 'text', text: '$a$' },
      { kind: 'math', tex: 'b', display: false, source: '$b$' },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'c', display: false, source: '$c$' },
    ]);
    expect(splitTex('$$z$ and $ w$ and $v $ and $u$5')).toEqual([
      { kind: 'text', text: '$' },
      { kind: 'math', tex: 'z', display: false, source: '$z$' },
      { kind: 'text', text: ' and $ w$ and $v $ and $u$5' },
    ]);
    expect(splitTex('\\(a\\) $$b$$$$c$$ \\[d')).toEqual([
      { kind: 'math', tex: 'a', display: false, source: '\\(a\\)' },
      { kind: 'text', text: ' ' },
      { kind: 'math', tex: 'b', display: true, source: '$$b$$' },
      { kind: 'math', tex: 'c', display: true, source: '$$c$$' },
      { kind: 'text', text: ' \\[d' },
    ]);
    // A formula longer than 2,000 characters is a stray delimiter: the text stays text.
    expect(splitTex(`$${'x'.repeat(2_001)}$`)).toEqual([{ kind: 'text', text: `$${'x'.repeat(2_001)}$` }]);
    expect(toRichPieces('(https://en.wikipedia.org/wiki/A_(b)), https://x.org/a)).".', { links: true }).filter((piece) => piece.kind === 'link')).toEqual([
      { kind: 'link', url: 'https://en.wikipedia.org/wiki/A_(b)', text: 'https://en.wikipedia.org/wiki/A_(b)' },
      { kind: 'link', url: 'https://x.org/a', text: 'https://x.org/a' },
    ]);
  });

  it('gives plain text for metadata and feeds', () => {
    expect(toPlainText('Costs \\$5, $x^2$')).toBe('Costs $5, $x^2$');
  });
});
