import { toPlainText } from '@/lib/math/rich-text';
import { paperUrl } from './bibtex';
import type { CitablePaper } from './types';

/** More authors than this are cited as the first ones and "et al.", as most styles do. */
const AUTHORS_SHOWN = 10;

function authorList(names: string[]): string {
  if (names.length === 0) return '';
  if (names.length > AUTHORS_SHOWN) return `${names.slice(0, AUTHORS_SHOWN).join(', ')}, et al.`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A one-paragraph citation for pasting into prose: authors, year, title, the arXiv id with its
 * primary category, the journal reference and DOI when known, and the link. Math stays TeX.
 */
export function buildPlainCitation(paper: CitablePaper): string {
  const authors = authorList(paper.authors.map((author) => author.name.replace(/\s+/g, ' ').trim()));
  const year = paper.publishedAt ? ` (${paper.publishedAt.getUTCFullYear()})` : '';
  const title = toPlainText(paper.title).replace(/\s+/g, ' ').trim().replace(/[.]$/, '');
  const parts = [`${authors || 'Anonymous'}${year}. ${title}.`];
  if (paper.arxivId) parts.push(`arXiv:${paper.arxivId}${paper.categories[0] ? ` [${paper.categories[0]}]` : ''}.`);
  if (paper.journalRef) parts.push(`${paper.journalRef.replace(/\s+/g, ' ').trim().replace(/[.]$/, '')}.`);
  if (paper.doi) parts.push(`https://doi.org/${paper.doi}`);
  else parts.push(paperUrl(paper));
  return `${parts.join(' ')}\n`;
}
