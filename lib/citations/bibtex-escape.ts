import { splitTex } from '@/lib/math/tex-segments';

/**
 * Text for a BibTeX field value written between braces. Titles on arXiv are TeX already:
 * math (`$\alpha$-divergence`) is kept exactly as written, and so is a command or escape
 * outside math (`\"o`, `\&`). Everything else that TeX or BibTeX would read as markup is
 * escaped: `& % # _` get a backslash, `~ ^ \` (a lone backslash) become text commands.
 * BibTeX ends a field at its closing brace whatever backslashes precede it, so a brace
 * without its partner (a truncated title) cannot be escaped with `\{`: it becomes
 * `\textbraceleft{}`; balanced braces stay (they group, and keep "{BERT}" capitalised).
 */
const TEXT_ESCAPES: Record<string, string> = {
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  $: '\\$',
};

function escapeText(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\\') {
      const next = text[index + 1];
      // A TeX command (`\"o`, `\emph`) or an escaped special (`\&`, `\$`): as written.
      if (next !== undefined && /[A-Za-z"'`^~=.&%#_${}\\ -]/.test(next)) {
        out += char + next;
        index += 1;
      } else {
        out += '\\textbackslash{}';
      }
      continue;
    }
    out += TEXT_ESCAPES[char] ?? char;
  }
  return out;
}

/** Replaces only the braces that have no partner, leaving balanced groups (and math) intact. */
function balanceBraces(value: string): string {
  const chars = [...value];
  const open: number[] = [];
  const unmatched = new Set<number>();
  chars.forEach((char, index) => {
    // `\{` and `\}` still count for BibTeX's brace matching, so they are matched like the rest.
    if (char === '{') open.push(index);
    else if (char === '}') {
      if (open.length > 0) open.pop();
      else unmatched.add(index);
    }
  });
  for (const index of open) unmatched.add(index);
  if (unmatched.size === 0) return value;
  return chars
    .map((char, index) => {
      if (!unmatched.has(index)) return char;
      // A `\` before it would now escape the command's backslash: drop that backslash.
      return char === '{' ? '\\textbraceleft{}' : '\\textbraceright{}';
    })
    .join('')
    .replace(/\\\\text(braceleft|braceright)\{\}/g, '\\text$1{}');
}

/** A field value: text escaped, math kept, whitespace (and line breaks) folded to one space. */
export function bibtexValue(input: string): string {
  const escaped = splitTex(input.replace(/\s+/g, ' ').trim())
    .map((segment) => (segment.kind === 'math' ? segment.source : escapeText(segment.text)))
    .join('');
  return balanceBraces(escaped);
}

/** An author for `author = {A and B}`: a name containing the word "and" is braced whole. */
export function bibtexName(name: string): string {
  const value = bibtexValue(name);
  return /\band\b/i.test(value) ? `{${value}}` : value;
}
