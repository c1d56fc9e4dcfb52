/** Where the library lives. Private pages (per reader, never cached) are under /saved and /library. */
export const SAVED_PATH = '/saved';
export const COLLECTIONS_PATH = '/library/collections';

/** The owner's page for one collection: edit it, its papers and their notes. */
export function manageCollectionPath(id: string): string {
  return `${COLLECTIONS_PATH}/${id}`;
}

/** "Add to collection" for one paper: the reader's collections, each with add or remove. */
export function collectPath(paperId: number): string {
  return `/library/collect?paper=${paperId}`;
}

/** A public collection's own page (the same bytes for everyone) and its feeds and BibTeX. */
export function collectionPath(id: string): string {
  return `/c/${id}`;
}

export function collectionFilePaths(id: string) {
  const base = collectionPath(id);
  return { rss: `${base}/feed.xml`, atom: `${base}/atom.xml`, bib: `${base}/collection.bib` };
}

/** Every cached copy of a public collection: dropped whenever it changes (lib/library/collections.ts). */
export function collectionPublicPaths(id: string): string[] {
  const files = collectionFilePaths(id);
  return [collectionPath(id), files.rss, files.atom, files.bib];
}
