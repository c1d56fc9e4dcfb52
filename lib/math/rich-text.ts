import { renderTex } from './render-tex';
import { splitTex } from './tex-segments';

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

/** A URL at the end of a sentence ("see https://x.org/a.") does not own the period. */
function trimUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?'"]+$/, '');
  // Keep a closing parenthesis only when the URL opened one (Wikipedia-style paths).
  while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
  return url.replace(/[.,;:!?'"]+$/, '');
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

export function toRichPieces(input: string, { links = true }: { links?: boolean } = {}): RichPiece[] {
  const pieces: RichPiece[] = [];
  for (const segment of splitTex(input)) {
    if (segment.kind === 'math') {
      const html = renderTex(segment.tex, segment.display);
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
