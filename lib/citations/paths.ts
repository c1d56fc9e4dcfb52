/**
 * A paper's citation files: /cite/2409.01234.bib, /cite/hep-th/9608091.txt. Not under
 * /papers/<id>/…: the paper page is a catch-all route there (old-style ids span two segments).
 */
export function citePath(slug: string, format: 'bib' | 'txt'): string {
  return `/cite/${slug.split('/').map(encodeURIComponent).join('/')}.${format}`;
}
