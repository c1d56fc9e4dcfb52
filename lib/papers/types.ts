import type { FeedDay } from '@/lib/dates/feed-day';
import type { LinkKind } from './schema';

/**
 * The read model's shapes (lib/papers/shapes.ts selects and maps them). Two shapes of a paper:
 * the card of a list, and everything there is to say about one paper (its page, the JSON API,
 * the feeds, search hits). Other shapes (Hugging Face's items, feed entries, digest rows) are
 * mapped from these two in their own domain.
 */

/** A paper as a card in a list shows it, with the day it was listed on and its rank that day. */
export interface PaperSummary {
  /** The database id: what a vote names (`data-paper-id`, the vote form's `paper`). */
  id: number;
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
  /** Visible comments (issue 12). */
  numComments: number;
  /** The day it was listed on. */
  day: FeedDay;
  /** Its rank on that day. */
  rank: number;
  /** Who submitted it: a reader of this site, or a name imported with Hugging Face's list. */
  submittedBy: string | null;
  /** The submitter is a reader of this site, whose profile (/u/<name>) the name links to. */
  submitterHasProfile: boolean;
}

export interface PaperLinkDto {
  kind: LinkKind;
  url: string;
  title: string | null;
}

export interface PaperListingDto {
  day: FeedDay;
  rank: number;
  submittedBy: string | null;
  /** The submitter is a reader of this site, whose profile (/u/<name>) the name links to. */
  submitterHasProfile: boolean;
}

/** Everything we know of a paper: its own page, the JSON API, the feeds and search results. */
export interface PaperDetail {
  /** The row id: forms and per-reader state name a paper by it. */
  id: number;
  slug: string;
  arxivId: string | null;
  arxivVersion: number | null;
  title: string;
  abstract: string;
  /** Every author, in byline order. */
  authors: { name: string; affiliation: string | null }[];
  categories: string[];
  publishedAt: Date | null;
  comment: string | null;
  journalRef: string | null;
  doi: string | null;
  upvotes: number;
  numComments: number;
  /** Code first, then project page, … (LINK_KINDS order). */
  links: PaperLinkDto[];
  listing: PaperListingDto | null;
}

/** A paper of a list in its detail shape: a listed paper always has its listing. */
export type ListedPaperDetail = PaperDetail & { listing: PaperListingDto };

export interface AdjacentDays {
  previous: FeedDay | null;
  next: FeedDay | null;
}

/** A category offered by a list's filter, with how many of the list's papers it has. */
export interface CategoryCount {
  code: string;
  count: number;
}
