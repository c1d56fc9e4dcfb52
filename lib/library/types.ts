import type { Visibility } from './schema';

/** A paper as the library's lists show it (Saved, a collection): no listing needed. */
export interface LibraryPaper {
  id: number;
  slug: string;
  title: string;
  /** The first few authors, in byline order. */
  authors: string[];
  authorCount: number;
  categories: string[];
  arxivId: string | null;
  publishedAt: Date | null;
}

export interface SavedPaperItem extends LibraryPaper {
  savedAt: Date;
}

export interface CollectionPaperItem extends LibraryPaper {
  note: string;
  addedAt: Date;
}

/** A collection's own fields, as its owner's list and its public page show them. */
export interface CollectionSummary {
  id: string;
  title: string;
  description: string;
  visibility: Visibility;
  paperCount: number;
  updatedAt: Date;
}

export interface CollectionDetail extends CollectionSummary {
  /** The owner's username (a public page names who made it). */
  owner: string | null;
  createdAt: Date;
  papers: CollectionPaperItem[];
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}
