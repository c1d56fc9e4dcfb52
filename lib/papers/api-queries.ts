import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';

/**
 * Everything the JSON API says about a paper (the Hugging Face item shape needs the full author
 * list, counts and the listing), as a plain DTO: lib/api/hf-shape.ts maps it, without Prisma.
 */
export interface PaperRecordDto {
  slug: string;
  arxivId: string | null;
  title: string;
  abstract: string;
  publishedAt: Date | null;
  upvotes: number;
  numComments: number;
  authors: { name: string; affiliation: string | null }[];
  categories: string[];
  links: { kind: string; url: string }[];
  listing: { day: FeedDay; rank: number; submittedBy: string | null } | null;
}

export const PAPER_RECORD_SELECT = {
  slug: true,
  arxivId: true,
  title: true,
  abstract: true,
  publishedAt: true,
  upvotes: true,
  numComments: true,
  authors: { orderBy: { position: 'asc' }, select: { name: true, affiliation: true } },
  categories: { orderBy: { position: 'asc' }, select: { code: true } },
  links: { where: { kind: { in: ['code', 'project'] as string[] } }, select: { kind: true, url: true } },
  listing: { select: { day: true, rank: true, submittedBy: true } },
} as const;

type PaperRecordRow = Omit<PaperRecordDto, 'categories' | 'listing'> & {
  categories: { code: string }[];
  listing: { day: string; rank: number; submittedBy: string | null } | null;
};

export function toPaperRecord(row: PaperRecordRow): PaperRecordDto {
  return {
    ...row,
    categories: row.categories.map((category) => category.code),
    listing: row.listing ? { ...row.listing, day: row.listing.day as FeedDay } : null,
  };
}

export type ApiSort = 'listing' | 'publishedAt' | 'trending';

export interface ApiListQuery {
  start: FeedDay;
  end: FeedDay;
  sort: ApiSort;
  submitter: string | null;
  limit: number;
  offset: number;
}

/** `listing`: a day in its rank order (Hugging Face's: by upvotes), a longer span by upvotes. */
function apiOrder(query: ApiListQuery) {
  if (query.sort === 'publishedAt') return [{ paper: { publishedAt: { sort: 'desc', nulls: 'last' } } }, { day: 'desc' }, { rank: 'asc' }];
  if (query.sort === 'trending' || query.start !== query.end) return [{ paper: { upvotes: 'desc' } }, { day: 'desc' }, { rank: 'asc' }];
  return [{ rank: 'asc' }, { paperId: 'asc' }];
}

/** One page of listed papers; reads one row more than asked to know whether another page exists. */
export async function listPaperRecords(query: ApiListQuery): Promise<{ papers: PaperRecordDto[]; hasMore: boolean }> {
  const listings = await db.listing.findMany({
    where: { day: { gte: query.start, lte: query.end }, ...(query.submitter ? { submittedBy: query.submitter } : {}) },
    orderBy: apiOrder(query) as never,
    skip: query.offset,
    take: query.limit + 1,
    select: { paper: { select: PAPER_RECORD_SELECT } },
  });
  const papers = listings.slice(0, query.limit).map((listing) => toPaperRecord(listing.paper));
  return { papers, hasMore: listings.length > query.limit };
}

export async function getPaperRecord(slug: string): Promise<PaperRecordDto | null> {
  const row = await db.paper.findUnique({ where: { slug }, select: PAPER_RECORD_SELECT });
  return row ? toPaperRecord(row) : null;
}
