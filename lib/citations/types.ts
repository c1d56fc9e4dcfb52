/** What a citation needs of a paper; PaperDetail (lib/papers/types.ts) has all of it. */
export interface CitablePaper {
  slug: string;
  arxivId: string | null;
  title: string;
  authors: { name: string }[];
  /** arXiv category codes, primary first. */
  categories: string[];
  publishedAt: Date | null;
  doi: string | null;
  journalRef: string | null;
}
