/**
 * Abstracts arrive hard-wrapped (arXiv wraps at ~80 columns) and mark a new paragraph with a
 * blank line or an indented line. Rewrap lines into paragraphs so the browser can flow them.
 */
export function splitAbstractParagraphs(abstract: string): string[] {
  return abstract
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n|\n(?=[ \t]{2,}\S)/)
    // A whitespace run holding a line break becomes one space. (`/\s*\n\s*/` said the same but
    // rescanned a long run of other spaces from each of its characters: quadratic.)
    .map((paragraph) => paragraph.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)).replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
}

const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[\w.-]+\/[\w.-]+/i;

/** `text` without the trailing characters in `characters`, found in one backward pass. */
function trimTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

/**
 * The code repository an abstract points to ("Code is available at https://github.com/…"),
 * without the sentence's closing period. Only known code hosts count: a personal homepage is
 * not a code link. (The trim is a loop: `/[.,;:)\]]+$/` is quadratic in a long run of dots.)
 */
export function findCodeUrlInAbstract(abstract: string): string | null {
  for (const match of abstract.matchAll(/https?:\/\/[^\s<>"'{}]+/g)) {
    const url = trimTrailing(match[0], '.,;:)]');
    if (CODE_HOSTS.test(url)) return url;
  }
  return null;
}
