/**
 * Splits a title or abstract into plain text and TeX math, the way arXiv's MathJax setup reads
 * them: `$…$` and `\(…\)` inline, `$$…$$` and `\[…\]` displayed; `\$` is a literal dollar.
 *
 * A lone `$` is common in prose ("costs $5 and $10"), so an inline `$…$` counts only when the
 * opening `$` is followed by a non-space and the closing one is preceded by a non-space and
 * not followed by a digit (pandoc's tex_math_dollars rule). Anything unmatched stays text.
 *
 * The scan is linear in the input: abstracts come from importers we do not control, and a
 * search for the closing delimiter that restarted at every `$` made `$x$0$0…` quadratic (20k
 * characters took seconds per render).
 */
export type TexSegment = { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean; source: string };

/** Longer "math" is almost surely a stray delimiter swallowing prose; it also bounds KaTeX's work. */
export const MAX_MATH_LENGTH = 2_000;

interface Delimiter {
  open: string;
  close: string;
  display: boolean;
}

const DELIMITERS: Delimiter[] = [
  { open: '$$', close: '$$', display: true },
  { open: '\\[', close: '\\]', display: true },
  { open: '\\(', close: '\\)', display: false },
  { open: '$', close: '$', display: false },
];

function isEscaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let at = index - 1; at >= 0 && text[at] === '\\'; at -= 1) slashes += 1;
  return slashes % 2 === 1;
}

/**
 * Whether the occurrence of `delimiter.close` at `at` decides the match: -1 when it is skipped
 * (an escaped or space-preceded `$`), 1 when it closes, 0 when it ends the search without a
 * match (`$a$$b$` is not ours to guess). None of this depends on where the formula opened.
 */
function judgeClose(text: string, at: number, delimiter: Delimiter): -1 | 0 | 1 {
  if (delimiter.close.startsWith('$') && isEscaped(text, at)) return -1;
  if (delimiter.open === '$') {
    if (/\s/.test(text[at - 1] ?? ' ') || /\d/.test(text[at + 1] ?? '')) return -1;
    if (text[at + 1] === '$') return 0;
  }
  return 1;
}

/**
 * Finds closing delimiters for openings that only move forward. The first deciding occurrence
 * at or after `from` is remembered: every later opening before it gets the same answer without
 * rescanning, and a search past it starts where it ended, so each character is looked at a
 * bounded number of times per delimiter.
 */
function createCloseFinder(text: string): (from: number, delimiter: Delimiter) => number {
  const found = new Map<Delimiter, { at: number; verdict: 0 | 1 }>();
  return (from, delimiter) => {
    let deciding = found.get(delimiter);
    if (!deciding || (deciding.at !== Infinity && deciding.at < from)) {
      deciding = { at: Infinity, verdict: 0 };
      for (let at = text.indexOf(delimiter.close, from); at !== -1; at = text.indexOf(delimiter.close, at + 1)) {
        const verdict = judgeClose(text, at, delimiter);
        if (verdict === -1) continue;
        deciding = { at, verdict };
        break;
      }
      found.set(delimiter, deciding);
    }
    return deciding.verdict === 1 ? deciding.at : -1;
  };
}

export function splitTex(input: string): TexSegment[] {
  const findClose = createCloseFinder(input);

  function matchAt(index: number): { delimiter: Delimiter; end: number } | null {
    for (const delimiter of DELIMITERS) {
      if (!input.startsWith(delimiter.open, index)) continue;
      if (isEscaped(input, index)) return null;
      const contentStart = index + delimiter.open.length;
      if (delimiter.open === '$' && /\s|\$/.test(input[contentStart] ?? ' ')) return null;
      const close = findClose(contentStart, delimiter);
      if (close === -1 || close === contentStart || close - contentStart > MAX_MATH_LENGTH) {
        // `$$` with no closing `$$` may still open an inline `$…$`: try the shorter delimiter.
        continue;
      }
      return { delimiter, end: close + delimiter.close.length };
    }
    return null;
  }

  const segments: TexSegment[] = [];
  let text = '';
  let index = 0;
  while (index < input.length) {
    const char = input[index];
    if (char === '$' || (char === '\\' && (input[index + 1] === '(' || input[index + 1] === '['))) {
      const match = matchAt(index);
      if (match) {
        if (text) segments.push({ kind: 'text', text });
        text = '';
        const source = input.slice(index, match.end);
        const { open, close, display } = match.delimiter;
        segments.push({ kind: 'math', tex: source.slice(open.length, source.length - close.length), display, source });
        index = match.end;
        continue;
      }
    }
    // `\$` reads as a dollar sign in TeX; in plain text show just the dollar.
    if (char === '\\' && input[index + 1] === '$') {
      text += '$';
      index += 2;
      continue;
    }
    text += char;
    index += 1;
  }
  if (text) segments.push({ kind: 'text', text });
  return segments;
}
