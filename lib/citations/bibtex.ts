import { toPlainText } from '@/lib/math/rich-text';
import { paperPath } from '@/lib/papers/paper-ref';
import { absoluteUrl } from '@/lib/site-url';
import { bibtexName, bibtexValue } from './bibtex-escape';
import type { CitablePaper } from './types';

/**
 * BibTeX as arXiv's own "Export BibTeX citation" writes it (arxiv.org/abs/<id>, right column):
 *
 *   @misc{vaswani2017attention,
 *         title={Attention Is All You Need},
 *         author={Ashish Vaswani and Noam Shazeer and …},
 *         year={2017},
 *         eprint={1706.03762},
 *         archivePrefix={arXiv},
 *         primaryClass={cs.CL},
 *         url={https://arxiv.org/abs/1706.03762},
 *   }
 *
 * with `doi` when the paper has one and its journal reference as `note` (an @misc has no
 * journal field that the standard styles print). A paper without an arXiv id is cited by its
 * page on this site.
 */

// Words a key skips, as arXiv's keys do ("attentionneed" from "Attention Is All You Need").
const STOP_WORDS = new Set('a an the of on in for and or to with by from at as is are be via all you we our its it this that towards toward using'.split(' '));

/** ASCII letters of a name or word, lower-case: "Müller" → "muller". */
function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The first author's family name (the last word of the name), e.g. "vaswani". */
function familyName(name: string | undefined): string {
  const words = (name ?? '').replace(/\s+(jr\.?|sr\.?|ii|iii|iv)$/i, '').trim().split(/\s+/);
  return asciiWord(words.at(-1) ?? '') || 'anon';
}

function yearOf(paper: CitablePaper): number | null {
  return paper.publishedAt ? paper.publishedAt.getUTCFullYear() : null;
}

/** `vaswani2017attentionneed`: family name, year, the first two words that are not stop words. */
export function citationKey(paper: CitablePaper): string {
  const words = toPlainText(paper.title)
    .replace(/\$[^$]*\$/g, ' ')
    .split(/[\s\-–—:/]+/)
    .map(asciiWord)
    .filter((word) => word && !STOP_WORDS.has(word));
  return `${familyName(paper.authors[0]?.name)}${yearOf(paper) ?? ''}${words.slice(0, 2).join('')}`;
}

export function paperUrl(paper: CitablePaper): string {
  return paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : absoluteUrl(paperPath(paper.slug));
}

export function buildBibtex(paper: CitablePaper, key: string = citationKey(paper)): string {
  const year = yearOf(paper);
  const fields: [string, string][] = [
    ['title', bibtexValue(paper.title)],
    ['author', paper.authors.map((author) => bibtexName(author.name)).join(' and ')],
    ...(year !== null ? [['year', String(year)] as [string, string]] : []),
    ...(paper.arxivId
      ? ([
          ['eprint', paper.arxivId],
          ['archivePrefix', 'arXiv'],
          ...(paper.categories[0] ? [['primaryClass', paper.categories[0]] as [string, string]] : []),
        ] as [string, string][])
      : []),
    ...(paper.doi ? [['doi', bibtexValue(paper.doi)] as [string, string]] : []),
    ...(paper.journalRef ? [['note', bibtexValue(paper.journalRef)] as [string, string]] : []),
    ['url', paperUrl(paper)],
  ];
  const body = fields.filter(([, value]) => value !== '').map(([name, value]) => `      ${name}={${value}},`);
  return `@misc{${key},\n${body.join('\n')}\n}\n`;
}

/** Several papers in one .bib file; a key used twice gets a, b, c … as BibTeX needs unique keys. */
export function buildBibtexFile(papers: readonly CitablePaper[]): string {
  const used = new Map<string, number>();
  return papers
    .map((paper) => {
      const base = citationKey(paper);
      const seen = used.get(base) ?? 0;
      used.set(base, seen + 1);
      return buildBibtex(paper, seen === 0 ? base : `${base}${String.fromCharCode(96 + Math.min(seen, 26))}`);
    })
    .join('\n');
}
