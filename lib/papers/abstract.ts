/**
 * Abstracts arrive hard-wrapped (arXiv wraps at ~80 columns) and mark a new paragraph with a
 * blank line or an indented line. Rewrap lines into paragraphs so the browser can flow them.
 */
export function splitAbstractParagraphs(abstract: string): string[] {
  return abstract
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n|\n(?=[ \t]{2,}\S)/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
}

const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[\w.-]+\/[\w.-]+/i;

/**
 * The code repository an abstract points to ("Code is available at https://github.com/…"),
 * without the sentence's closing period. Only known code hosts count: a personal homepage is
 * not a code link.
 */
export function findCodeUrlInAbstract(abstract: string): string | null {
  for (const match of abstract.matchAll(/https?:\/\/[^\s<>"'{}]+/g)) {
    const url = match[0].replace(/[.,;:)\]]+$/, '');
    if (CODE_HOSTS.test(url)) return url;
  }
  return null;
}
