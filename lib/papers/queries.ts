import { db } from '@/lib/db';
import { todayUtc, type FeedDay } from '@/lib/dates/feed-day';
import { LINK_KINDS, type LinkKind } from './schema';
import type { AdjacentDays, DayListing, PaperDetail, PaperSummary } from './types';

/** How many author names a card shows before "et al.". */
const CARD_AUTHOR_LIMIT = 8;

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
} as const;

interface SummaryRow {
  id: number;
  slug: string;
  title: string;
  abstract: string;
  authors: { name: string }[];
  links: { url: string }[];
  categories: { code: string }[];
  publishedAt: Date | null;
  upvotes: number;
}

/**
 * Cards from SUMMARY_SELECT rows, with each paper's author count ("+12 more"). The count is
 * its own query over these papers' ids (the author table's primary key): Prisma's `_count`
 * relation aggregate counts every author in the catalogue before it joins, which cost 11 ms a
 * page at 10k papers and grows with the catalogue.
 */
export async function summarize<T extends { paper: SummaryRow; rank: number }>(rows: readonly T[]): Promise<(PaperSummary & Omit<T, 'paper' | 'rank'>)[]> {
  const counts = await countAuthors(rows.map((row) => row.paper.id));
  return rows.map(({ paper, rank, ...rest }) => ({ ...rest, ...toSummary(paper, rank, counts.get(paper.id) ?? paper.authors.length) }));
}

async function countAuthors(paperIds: number[]): Promise<Map<number, number>> {
  if (paperIds.length === 0) return new Map();
  const rows = await db.paperAuthor.groupBy({ by: ['paperId'], where: { paperId: { in: paperIds } }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.paperId, row._count._all]));
}

function toSummary(paper: SummaryRow, rank: number, authorCount: number): PaperSummary {
  return {
    slug: paper.slug,
    title: paper.title,
    abstract: paper.abstract,
    authors: paper.authors.map((author) => author.name),
    authorCount,
    codeUrl: paper.links[0]?.url ?? null,
    categories: paper.categories.map((category) => category.code),
    publishedAt: paper.publishedAt,
    upvotes: paper.upvotes,
    rank,
  };
}

/** The most recent day with papers, never in the future. */
export async function getLatestFeedDay(now: Date = new Date()): Promise<FeedDay | null> {
  const latest = await db.listing.findFirst({
    where: { day: { lte: todayUtc(now) } },
    orderBy: { day: 'desc' },
    select: { day: true },
  });
  return latest ? (latest.day as FeedDay) : null;
}

export async function listPapersForDay(day: FeedDay): Promise<DayListing> {
  const listings = await db.listing.findMany({
    where: { day },
    orderBy: [{ rank: 'asc' }, { paperId: 'asc' }],
    select: {
      rank: true,
      paper: { select: SUMMARY_SELECT },
    },
  });
  return { day, papers: await summarize(listings) };
}

/** The closest days before and after `day` that have papers (empty days are skipped). */
export async function getAdjacentFeedDays(day: FeedDay, now: Date = new Date()): Promise<AdjacentDays> {
  const [previous, next] = await Promise.all([
    db.listing.findFirst({ where: { day: { lt: day } }, orderBy: { day: 'desc' }, select: { day: true } }),
    db.listing.findFirst({
      where: { day: { gt: day, lte: todayUtc(now) } },
      orderBy: { day: 'asc' },
      select: { day: true },
    }),
  ]);
  return { previous: (previous?.day as FeedDay) ?? null, next: (next?.day as FeedDay) ?? null };
}

export async function getPaperBySlug(slug: string): Promise<PaperDetail | null> {
  const paper = await db.paper.findUnique({
    where: { slug },
    select: {
      slug: true,
      arxivId: true,
      arxivVersion: true,
      title: true,
      abstract: true,
      publishedAt: true,
      comment: true,
      journalRef: true,
      doi: true,
      authors: { orderBy: { position: 'asc' }, select: { name: true, affiliation: true } },
      categories: { orderBy: { position: 'asc' }, select: { code: true } },
      links: { select: { kind: true, url: true, title: true } },
      listing: { select: { day: true, rank: true, submittedBy: true } },
    },
  });
  if (!paper) return null;
  return {
    ...paper,
    categories: paper.categories.map((category) => category.code),
    links: paper.links
      .map((link) => ({ ...link, kind: toLinkKind(link.kind) }))
      .sort((a, b) => LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind)),
    listing: paper.listing ? { ...paper.listing, day: paper.listing.day as FeedDay } : null,
  };
}

function toLinkKind(kind: string): LinkKind {
  return (LINK_KINDS as readonly string[]).includes(kind) ? (kind as LinkKind) : 'other';
}

/**
 * The best papers listed between two days (inclusive): most upvoted first, then by their
 * rank on their day. The weekly and monthly views and the weekly digest use it.
 */
export async function listTopPapersInRange(start: FeedDay, end: FeedDay, limit: number): Promise<(PaperSummary & { day: FeedDay })[]> {
  const listings = await db.listing.findMany({
    where: { day: { gte: start, lte: end } },
    orderBy: [{ paper: { upvotes: 'desc' } }, { rank: 'asc' }, { day: 'asc' }],
    take: limit,
    select: {
      day: true,
      rank: true,
      paper: { select: SUMMARY_SELECT },
    },
  });
  return (await summarize(listings)).map((paper) => ({ ...paper, day: paper.day as FeedDay }));
}
