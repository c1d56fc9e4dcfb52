import type { PaperRecord, PaperRecordInput } from '@/lib/papers/schema';

type Link = NonNullable<PaperRecordInput['links']>[number];

/** Old feeds link over http and through dx.doi.org; readers should get the https forms. */
export function upgradeUrl(url: string): string {
  return url
    .trim()
    .replace(/^http:\/\/(export\.|www\.)?arxiv\.org\//i, 'https://arxiv.org/')
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, 'https://doi.org/');
}

/**
 * Drops the links a paper page derives from the arXiv id and DOI anyway (lib/papers/
 * display-links.ts): the abs page, the PDF (any version) and the DOI resolver. Storing them
 * would cost two rows a paper and make the same paper differ between sources that do and do
 * not spell them out (the API does, the snapshot and OAI do not).
 */
export function withoutDerivedLinks(record: PaperRecord): PaperRecord {
  const id = record.arxivId;
  const doiUrl = record.doi ? `https://doi.org/${record.doi}`.toLowerCase() : null;
  const links = record.links.filter((link: Link) => {
    const url = link.url.toLowerCase().replace(/\/+$/, '');
    if (id && (link.kind === 'abs' || link.kind === 'pdf') && isArxivPage(url, id.toLowerCase())) return false;
    if (link.kind === 'doi' && doiUrl !== null && (url === doiUrl || url === encodeURI(doiUrl))) return false;
    return true;
  });
  return links.length === record.links.length ? record : { ...record, links };
}

function isArxivPage(url: string, id: string): boolean {
  const match = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:v\d+)?(?:\.pdf)?$/.exec(url);
  return match?.[1] === id;
}
