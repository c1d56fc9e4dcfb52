import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import type { Prisma } from '@/lib/generated/prisma-sqlite/client';
import { LINK_KINDS, type LinkKind } from './schema';
import type { PaperDetail, PaperListingDto, PaperSummary } from './types';

/**
 * The two shapes of the read model, each with the narrowest select that fills it and its
 * mapper: every query that returns papers (lib/papers/list-queries.ts, queries.ts, search)
 * goes through these, so a field means the same thing on every page, feed and API answer.
 */

/** How many author names a card shows before "and N others". */
export const CARD_AUTHOR_LIMIT = 8;

/** What a card needs of a paper: the first authors, the code link, the categories. */
export const SUMMARY_SELECT = {
  id: true,
  slug: true,
  title: true,
  abstract: true,
  authors: { orderBy: { position: 'asc' }, take: CARD_AUTHOR_LIMIT, select: { name: true } },
  links: { where: { kind: 'code' }, take: 1, select: { url: true } },
  categories: { orderBy: { position: 'asc' }, select: { code: true } },
  publishedAt: true,
  upvotes: true,
  numComments: true,
} satisfies Prisma.PaperSelect;

type SummaryRow = Prisma.PaperGetPayload<{ select: typeof SUMMARY_SELECT }>;

/** A listing's own columns, as a list reads them beside the paper. */
export const LISTING_SELECT = { day: true, rank: true, submittedBy: true, submittedById: true } satisfies Prisma.ListingSelect;

type ListingRow = Prisma.ListingGetPayload<{ select: typeof LISTING_SELECT }>;

/**
 * Cards from SUMMARY_SELECT rows, with each paper's author count ("and 12 others"). The count is
 * its own query over these papers' ids (the author table's primary key): Prisma's `_count`
 * relation aggregate counts every author in the catalogue before it joins, which cost 11 ms a
 * page at 10k papers and grows with the catalogue.
 */
export async function toSummaries(rows: readonly (ListingRow & { paper: SummaryRow })[]): Promise<PaperSummary[]> {
  const counts = await countAuthors(rows.map((row) => row.paper.id));
  return rows.map(({ day, rank, submittedBy, submittedById, paper }) => ({
    id: paper.id,
    slug: paper.slug,
    title: paper.title,
    abstract: paper.abstract,
    authors: paper.authors.map((author) => author.name),
    authorCount: counts.get(paper.id) ?? paper.authors.length,
    codeUrl: paper.links[0]?.url ?? null,
    categories: paper.categories.map((category) => category.code),
    publishedAt: paper.publishedAt,
    upvotes: paper.upvotes,
    numComments: paper.numComments,
    day: day as FeedDay,
    rank,
    submittedBy,
    submitterHasProfile: submittedBy !== null && submittedById !== null,
  }));
}

async function countAuthors(paperIds: number[]): Promise<Map<number, number>> {
  if (paperIds.length === 0) return new Map();
  const rows = await db.paperAuthor.groupBy({ by: ['paperId'], where: { paperId: { in: paperIds } }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.paperId, row._count._all]));
}

/** A paper's own columns and children for its detail shape; its listing is read beside it. */
export const DETAIL_SELECT = {
  id: true,
  slug: true,
  arxivId: true,
  arxivVersion: true,
  title: true,
  abstract: true,
  publishedAt: true,
  comment: true,
  journalRef: true,
  doi: true,
  upvotes: true,
  numComments: true,
  authors: { orderBy: { position: 'asc' }, select: { name: true, affiliation: true } },
  categories: { orderBy: { position: 'asc' }, select: { code: true } },
  links: { select: { kind: true, url: true, title: true } },
} satisfies Prisma.PaperSelect;

/** DETAIL_SELECT with the listing, for a paper read by itself (its page, the API, search). */
export const DETAIL_WITH_LISTING_SELECT = { ...DETAIL_SELECT, listing: { select: LISTING_SELECT } } satisfies Prisma.PaperSelect;

type DetailRow = Prisma.PaperGetPayload<{ select: typeof DETAIL_SELECT }>;

export function toDetail(row: DetailRow, listing: ListingRow | null): PaperDetail {
  return {
    ...row,
    categories: row.categories.map((category) => category.code),
    links: row.links
      .map((link) => ({ ...link, kind: toLinkKind(link.kind) }))
      .sort((a, b) => LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind)),
    listing: listing ? toListing(listing) : null,
  };
}

export function toListing(row: ListingRow): PaperListingDto {
  return { day: row.day as FeedDay, rank: row.rank, submittedBy: row.submittedBy, submitterHasProfile: row.submittedBy !== null && row.submittedById !== null };
}

function toLinkKind(kind: string): LinkKind {
  return (LINK_KINDS as readonly string[]).includes(kind) ? (kind as LinkKind) : 'other';
}
