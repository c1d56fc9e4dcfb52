import { renderTex } from './render-tex';
import { MAX_MATH_LENGTH, splitTex } from './tex-segments';

/**
 * A title or abstract as pieces a component can render safely: plain text (React escapes it),
 * http(s) links, and KaTeX HTML for formulas KaTeX could typeset. A formula it could not stays
 * as the original text, delimiters included.
 */
export type RichPiece = { kind: 'text'; text: string } | { kind: 'link'; url: string; text: string } | { kind: 'math'; html: string; display: boolean };

const URL_PATTERN = /https?:\/\/[^\s<>"'{}|\\^`]+/g;

function safeHttpUrl(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const SENTENCE_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', "'", '"']);

/** Where `text[0, end)` ends once its trailing sentence punctuation is dropped. */
function endBeforePunctuation(text: string, end: number): number {
  while (end > 0 && SENTENCE_PUNCTUATION.has(text[end - 1] ?? '')) end -= 1;
  return end;
}

/**
 * A URL at the end of a sentence ("see https://x.org/a.") does not own the period. One pass
 * each way: a URL followed by 50k `)` used to be recounted per parenthesis (87 s).
 */
function trimUrl(raw: string): string {
  let end = endBeforePunctuation(raw, raw.length);
  let opened = 0;
  let closed = 0;
  for (let at = 0; at < end; at += 1) {
    if (raw[at] === '(') opened += 1;
    else if (raw[at] === ')') closed += 1;
  }
  // Keep a closing parenthesis only when the URL opened one (Wikipedia-style paths).
  while (raw[end - 1] === ')' && opened < closed) {
    end -= 1;
    closed -= 1;
  }
  return raw.slice(0, endBeforePunctuation(raw, end));
}

/** Plain text with its http(s) URLs as links (comments link bare URLs the same way). */
export function splitLinks(text: string): (RichPiece & { kind: 'text' | 'link' })[] {
  const pieces: RichPiece[] = [];
  linkify(text, pieces);
  return pieces as (RichPiece & { kind: 'text' | 'link' })[];
}

function linkify(text: string, pieces: RichPiece[]): void {
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = trimUrl(match[0]);
    const url = safeHttpUrl(raw);
    if (!url) continue;
    if (match.index > last) pieces.push({ kind: 'text', text: text.slice(last, match.index) });
    pieces.push({ kind: 'link', url, text: raw });
    last = match.index + raw.length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
}

/**
 * How much TeX one title, abstract or comment may hand to KaTeX, each formula charged at least
 * MIN_FORMULA_CHARGE: a few milliseconds of typesetting per thousand characters adds up to
 * seconds in a megabyte-long record. An arXiv-sized abstract (1,920 characters, so at most 640
 * formulas of 3 or more) never reaches it; past it, formulas stay as their TeX source.
 */
const MATH_BUDGET = 16_000;
const MIN_FORMULA_CHARGE = 16;

/** Typesets one formula (KaTeX HTML), or null: it stays as TeX. */
export type Typeset = (tex: string, display: boolean) => string | null;

/**
 * A typesetter for one text, with that text's budget: the one way formulas of titles,
 * abstracts and comments are typeset, so they look the same and are bounded the same.
 * Formulas longer than MAX_MATH_LENGTH are never handed to KaTeX.
 */
export function createTypesetter(): Typeset {
  let budget = MATH_BUDGET;
  return (tex, display) => {
    if (tex.length > MAX_MATH_LENGTH) return null;
    budget -= Math.max(tex.length, MIN_FORMULA_CHARGE);
    return budget >= 0 ? renderTex(tex, display) : null;
  };
}

export function toRichPieces(input: string, { links = true }: { links?: boolean } = {}): RichPiece[] {
  const pieces: RichPiece[] = [];
  const typeset = createTypesetter();
  for (const segment of splitTex(input)) {
    if (segment.kind === 'math') {
      const html = typeset(segment.tex, segment.display);
      if (html) {
        pieces.push({ kind: 'math', html, display: segment.display });
        continue;
      }
    }
    const text = segment.kind === 'math' ? segment.source : segment.text;
    if (links) linkify(text, pieces);
    else pieces.push({ kind: 'text', text });
  }
  // Adjacent text pieces (a formula that fell back) read as one run.
  return pieces.reduce<RichPiece[]>((merged, piece) => {
    const previous = merged.at(-1);
    if (previous?.kind === 'text' && piece.kind === 'text') previous.text += piece.text;
    else merged.push(piece);
    return merged;
  }, []);
}

/** Plain text for places without HTML (metadata, feeds, images): TeX as written, `\$` as `$`. */
export function toPlainText(input: string): string {
  return splitTex(input)
    .map((segment) => (segment.kind === 'math' ? segment.source : segment.text))
    .join('');
}
