import katex from 'katex';

/**
 * The tallest formula we typeset, in em. KaTeX caps user sizes at `maxSize` only upwards, so
 * `\raisebox{-1000em}{x}` (or nested raises) makes a formula whose line is 16,000 px tall and
 * pushes the rest of the page away. A real formula in a title or abstract, even a displayed
 * matrix, is a few em tall.
 */
const MAX_HEIGHT_EM = 40;

// KaTeX gives each piece of a formula a strut as tall as the piece, height plus depth.
const STRUT_HEIGHT = /class="katex-strut" style="height:([\d.]+)em/g;

function isTooTall(html: string): boolean {
  for (const match of html.matchAll(STRUT_HEIGHT)) if (Number(match[1]) > MAX_HEIGHT_EM) return true;
  return false;
}

/**
 * Typesets one TeX formula to HTML with KaTeX, on the server. Returns null when KaTeX cannot
 * parse it, or it would be absurdly tall, so the caller shows the original text instead.
 *
 * Safety: `trust: false` disables every command that emits links, classes, ids, styles or
 * images (\href, \url, \htmlClass, \includegraphics…); KaTeX escapes all text it emits. Its
 * output is the only HTML we insert unescaped. `strict: 'ignore'` accepts the LaTeX-isms
 * arXiv abstracts are full of instead of warning on each. maxSize/maxExpand bound the work and
 * the output a hostile formula can cause; the formula's length is bounded by splitTex and the
 * total per text by toRichPieces. What KaTeX can still move sideways (`\kern{-1000em}`) is
 * clipped to the formula's own box by app/globals.css.
 */
export function renderTex(tex: string, display: boolean): string | null {
  try {
    const html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      trust: false,
      strict: 'ignore',
      output: 'htmlAndMathml',
      maxSize: 20,
      maxExpand: 200,
    });
    return isTooTall(html) ? null : html;
  } catch {
    return null;
  }
}
