import type { FeedDay } from '@/lib/dates/feed-day';
import type { LinkKind } from './schema';

/** A paper as a card in a day's list shows it. */
export interface PaperSummary {
  slug: string;
  title: string;
  abstract: string;
  /** The first few authors, in byline order. */
  authors: string[];
  authorCount: number;
  codeUrl: string | null;
  /** arXiv category codes, primary first. */
  categories: string[];
  publishedAt: Date | null;
  upvotes: number;
  /** The paper's rank on the day it was listed. */
  rank: number;
}

export interface DayListing {
  day: FeedDay;
  papers: PaperSummary[];
}

export interface AdjacentDays {
  previous: FeedDay | null;
  next: FeedDay | null;
}

export interface PaperLinkDto {
  kind: LinkKind;
  url: string;
  title: string | null;
}

/** Everything a paper's own page shows. */
export interface PaperDetail {
  slug: string;
  arxivId: string | null;
  arxivVersion: number | null;
  title: string;
  abstract: string;
  authors: { name: string; affiliation: string | null }[];
  categories: string[];
  publishedAt: Date | null;
  comment: string | null;
  journalRef: string | null;
  doi: string | null;
  links: PaperLinkDto[];
  listing: { day: FeedDay; rank: number; submittedBy: string | null } | null;
}
