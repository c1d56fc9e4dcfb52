import katex from 'katex';

/**
 * Typesets one TeX formula to HTML with KaTeX, on the server. Returns null when KaTeX cannot
 * parse it, so the caller shows the original text instead of an error box.
 *
 * Safety: `trust: false` disables every command that emits links, classes, ids, styles or
 * images (\href, \url, \htmlClass, \includegraphics…); KaTeX escapes all text it emits. Its
 * output is the only HTML we insert unescaped. `strict: 'ignore'` accepts the LaTeX-isms
 * arXiv abstracts are full of instead of warning on each. maxSize/maxExpand bound the work and
 * the output a hostile formula can cause.
 */
export function renderTex(tex: string, display: boolean): string | null {
  try {
    return katex.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      trust: false,
      strict: 'ignore',
      output: 'htmlAndMathml',
      maxSize: 20,
      maxExpand: 200,
    });
  } catch {
    return null;
  }
}
