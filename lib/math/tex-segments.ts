/**
 * Splits a title or abstract into plain text and TeX math, the way arXiv's MathJax setup reads
 * them: `$…$` and `\(…\)` inline, `$$…$$` and `\[…\]` displayed; `\$` is a literal dollar.
 *
 * A lone `$` is common in prose ("costs $5 and $10"), so an inline `$…$` counts only when the
 * opening `$` is followed by a non-space and the closing one is preceded by a non-space and
 * not followed by a digit (pandoc's tex_math_dollars rule). Anything unmatched stays text.
 */
export type TexSegment = { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean; source: string };

/** Longer "math" is almost surely a stray delimiter swallowing prose; it also bounds KaTeX's work. */
const MAX_MATH_LENGTH = 2_000;

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

function findClose(text: string, from: number, delimiter: Delimiter): number {
  for (let at = text.indexOf(delimiter.close, from); at !== -1; at = text.indexOf(delimiter.close, at + 1)) {
    if (delimiter.close.startsWith('$') && isEscaped(text, at)) continue;
    if (delimiter.open === '$') {
      if (/\s/.test(text[at - 1] ?? ' ') || /\d/.test(text[at + 1] ?? '')) continue;
      if (text[at + 1] === '$') return -1; // `$a$$b$` is not ours to guess
    }
    return at;
  }
  return -1;
}

function matchAt(text: string, index: number): { delimiter: Delimiter; end: number } | null {
  for (const delimiter of DELIMITERS) {
    if (!text.startsWith(delimiter.open, index)) continue;
    if (isEscaped(text, index)) return null;
    const contentStart = index + delimiter.open.length;
    if (delimiter.open === '$' && /\s|\$/.test(text[contentStart] ?? ' ')) return null;
    const close = findClose(text, contentStart, delimiter);
    if (close === -1 || close === contentStart || close - contentStart > MAX_MATH_LENGTH) {
      // `$$` with no closing `$$` may still open an inline `$…$`: try the shorter delimiter.
      continue;
    }
    return { delimiter, end: close + delimiter.close.length };
  }
  return null;
}

export function splitTex(input: string): TexSegment[] {
  const segments: TexSegment[] = [];
  let text = '';
  let index = 0;
  while (index < input.length) {
    const char = input[index];
    if (char === '$' || (char === '\\' && (input[index + 1] === '(' || input[index + 1] === '['))) {
      const match = matchAt(input, index);
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
