/** One part of a reader's data export: a key of the JSON document and how to read it. */
export interface ExportSection {
  key: string;
  /** What the section holds, in words (the export's `sections` index says it). */
  about: string;
  build: (user: { id: string; email: string }) => Promise<unknown>;
}

/** A paper as the export names it: enough to find it again, here or on arXiv. */
export interface ExportedPaper {
  slug: string;
  arxivId: string | null;
  title: string;
  url: string;
}
