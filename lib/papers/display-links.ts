import type { LinkKind } from './schema';
import type { PaperDetail } from './types';

export interface DisplayLink {
  kind: LinkKind;
  label: string;
  url: string;
}

const LABELS: Record<LinkKind, string> = {
  abs: 'arXiv page',
  pdf: 'PDF',
  code: 'Code',
  project: 'Project page',
  doi: 'DOI',
  other: 'Link',
};

const ORDER: LinkKind[] = ['abs', 'pdf', 'code', 'project', 'doi', 'other'];

/**
 * Every link a paper's page offers: the record's own links, plus the arXiv page, PDF and DOI
 * that its identifiers imply when the record did not carry them as links.
 */
export function buildDisplayLinks(paper: Pick<PaperDetail, 'arxivId' | 'doi' | 'links'>): DisplayLink[] {
  const links = paper.links.map((link) => ({ kind: link.kind, url: link.url, label: link.title ?? LABELS[link.kind] }));
  const has = (kind: LinkKind) => links.some((link) => link.kind === kind);
  if (paper.arxivId && !has('abs')) links.push({ kind: 'abs', url: `https://arxiv.org/abs/${paper.arxivId}`, label: LABELS.abs });
  if (paper.arxivId && !has('pdf')) links.push({ kind: 'pdf', url: `https://arxiv.org/pdf/${paper.arxivId}`, label: LABELS.pdf });
  if (paper.doi && !has('doi')) links.push({ kind: 'doi', url: `https://doi.org/${encodeURI(paper.doi)}`, label: LABELS.doi });
  const seen = new Set<string>();
  return links
    .filter((link) => !seen.has(link.url) && Boolean(seen.add(link.url)))
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
