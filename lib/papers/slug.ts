const MAX_SLUG_LENGTH = 80;

/**
 * A stable, readable URL id for a paper without an arXiv id, derived from its title only,
 * so re-running the seed or an import always lands on the same URL.
 */
export function slugifyTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A title made only of symbols or one giant word still needs a usable id.
  return slug || (words[0] ?? 'paper').slice(0, MAX_SLUG_LENGTH);
}
