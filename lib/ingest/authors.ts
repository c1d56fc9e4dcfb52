import { detexName } from './detex';
import { collapseWhitespace } from './text';

export interface ParsedAuthor {
  name: string;
  affiliation: string | null;
}

/**
 * Splits arXiv's one-string author list (`A. Smith (MIT), B. Jones and C. Wu`), as OAI-PMH's
 * arXivRaw and the snapshot's `authors` field carry it. A trailing parenthesis is the
 * author's affiliation; footnote markers (`(1)`) and a closing legend (`((1) MIT, (2) ETH)`)
 * are dropped rather than guessed at.
 */
export function splitAuthorList(value: string): ParsedAuthor[] {
  const authors: ParsedAuthor[] = [];
  // The legend of numbered affiliations closes the list: `... B. Two (2) ((1) MIT, (2) ETH)`.
  const withoutLegend = dropLegend(collapseWhitespace(value));
  for (const piece of splitTopLevel(withoutLegend)) {
    if (piece.startsWith('(')) continue;
    const match = /^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(piece);
    const name = detexName(collapseWhitespace(match ? (match[1] ?? '') : piece));
    const note = match?.[2]?.trim() ?? '';
    const affiliation = note && !/^[\d\s,*]+$/.test(note) ? detexName(note) : null;
    if (name) authors.push({ name, affiliation });
  }
  return authors;
}

/**
 * Cuts from the first `((1)` to the end when the text ends with `)`. The same as
 * `replace(/\s*\(\s*\(\d+\)[^]*\)$/, '')`, without that regex's rescan to the end from every
 * `((1)`, which made one crafted author string of a megabyte take hours (quadratic).
 */
function dropLegend(text: string): string {
  if (!text.endsWith(')')) return text;
  const legend = /\s*\(\s*\(\d+\)/.exec(text);
  return legend ? text.slice(0, legend.index) : text;
}

/** Splits on commas and the word "and" outside parentheses. */
function splitTopLevel(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === ',') {
      pieces.push(text.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && char === ' ' && text.startsWith(' and ', i)) {
      pieces.push(text.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  pieces.push(text.slice(start));
  return pieces.map((piece) => piece.trim().replace(/^and\s+/, '')).filter(Boolean);
}

/** The snapshot's `authors_parsed` entry: `[last, first, suffix, affiliation...]`. */
export function authorFromParts(parts: readonly unknown[]): ParsedAuthor | null {
  const text = parts.map((part) => (typeof part === 'string' ? collapseWhitespace(part) : ''));
  const [last = '', first = '', suffix = '', ...affiliations] = text;
  const name = detexName([first, last, suffix].filter(Boolean).join(' '));
  if (!name) return null;
  const affiliation = affiliations.filter(Boolean).map(detexName).join('; ');
  return { name, affiliation: affiliation || null };
}
