/**
 * The rules of the comment Markdown subset (docs/decisions/020-comments.md), kept apart from
 * the component that applies them (components/comments/comment-body.tsx) so they can be
 * read and tested on their own.
 *
 * What a comment can contain: paragraphs, emphasis, strong, inline code and code blocks,
 * quotes, lists, links, line breaks, rules, and TeX between `$…$` or `$$…$$` (remark-math),
 * typeset by the same KaTeX renderer and budget as abstracts. Never raw HTML (react-markdown
 * does not pass it through, and skipHtml drops it), never images (shown as a link to the
 * image), headings are shown as bold paragraphs (a comment cannot add to the page outline).
 */

/** Elements the rendered Markdown may contain; everything else is unwrapped to its text. */
export const COMMENT_ELEMENTS = ['p', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img'] as const;

/** Only absolute http(s) and mailto links; anything else (javascript:, data:, relative) is no link. */
export function safeCommentUrl(value: string): string {
  const url = value.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(url)) return '';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.href : '';
  } catch {
    return '';
  }
}

/** rel of every link in a comment: not endorsed, user content, no window.opener. */
export const COMMENT_LINK_REL = 'nofollow ugc noopener';

/**
 * Markdown nesting the parser can take in bounded time and stack. micromark's list parsing is
 * quadratic in nesting depth (a line of 5,000 "- " took 7 s) and turning a tree 3,000 levels
 * deep into HTML overflows the stack; `>` 10,000 times did too. Legitimate comments nest a few
 * levels. A line whose container prefix (quote and list markers, indentation) is deeper than
 * this, or a body with more emphasis delimiters than MAX_EMPHASIS_MARKS (micromark's emphasis
 * matching grows faster than linearly with them), is shown as plain text: paragraphs, links
 * and formulas, exactly as an abstract is.
 */
const MAX_CONTAINER_MARKERS = 8;
const MAX_INDENT_COLUMNS = 64;
const MAX_EMPHASIS_MARKS = 2_000;

const CONTAINER_MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

function lineIsTooDeep(line: string): boolean {
  let at = 0;
  let columns = 0;
  let markers = 0;
  while (at < line.length) {
    const char = line[at];
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else {
      const marker = CONTAINER_MARKER.exec(line.slice(at, at + 12));
      if (!marker) break;
      markers += 1;
      columns += marker[0].length;
      at += marker[0].length;
      if (markers > MAX_CONTAINER_MARKERS) return true;
      continue;
    }
    if (columns > MAX_INDENT_COLUMNS) return true;
    at += 1;
  }
  return false;
}

/** Whether Markdown may parse this body (linear scan); otherwise it is shown as plain text. */
export function isMarkdownSafe(body: string): boolean {
  let emphasis = 0;
  for (let at = 0; at < body.length; at += 1) {
    const char = body[at];
    if (char === '*' || char === '_') emphasis += 1;
  }
  if (emphasis > MAX_EMPHASIS_MARKS) return false;
  for (const line of body.split('\n')) if (lineIsTooDeep(line)) return false;
  return true;
}

export interface InlineMath {
  tex: string;
  display: boolean;
}

/**
 * Whether an inline `$…$` remark-math found reads as math by the rule abstracts follow
 * (lib/math/tex-segments.ts, pandoc's): the opening `$` followed by a non-space, the closing one
 * preceded by a non-space and not followed by a digit, so "costs $5 and $10" stays prose.
 * `$$…$$` inline is displayed, as in abstracts. `source` is the body, `start`/`end` the
 * offsets of the node (delimiters included). Null: show the source text as it was written.
 */
export function readInlineMath(source: string, start: number, end: number): InlineMath | null {
  const raw = source.slice(start, end);
  const fence = /^\$+/.exec(raw)?.[0].length ?? 0;
  if (fence === 0 || raw.length < fence * 2 + 1) return null;
  const tex = raw.slice(fence, raw.length - fence);
  if (fence === 1 && (/^\s/.test(tex) || /\s$/.test(tex) || /\d/.test(source[end] ?? ''))) return null;
  if (tex.trim() === '') return null;
  return { tex: fence === 1 ? tex : tex.trim(), display: fence >= 2 };
}
