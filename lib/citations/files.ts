import { buildBibtex, buildBibtexFile, citationKey } from './bibtex';
import { buildPlainCitation } from './plain-text';
import type { CitablePaper } from './types';

/** A `Content-Disposition` filename: letters, digits, dot, dash, underscore. */
function fileName(stem: string, extension: string): string {
  return `${stem.replace(/[^A-Za-z0-9._-]/g, '') || 'citation'}.${extension}`;
}

function download(body: string, type: string, name: string): Response {
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="${name}"` } });
}

/** One paper's citation as a file: .bib (application/x-bibtex) or .txt. */
export function citationResponse(paper: CitablePaper, format: 'bib' | 'txt'): Response {
  const key = citationKey(paper);
  return format === 'bib' ? download(buildBibtex(paper, key), 'application/x-bibtex', fileName(key, 'bib')) : download(buildPlainCitation(paper), 'text/plain', fileName(key, 'txt'));
}

/** Several papers as one .bib file (a public collection's export). */
export function bibtexFileResponse(papers: readonly CitablePaper[], stem: string): Response {
  return download(buildBibtexFile(papers), 'application/x-bibtex', fileName(stem, 'bib'));
}
