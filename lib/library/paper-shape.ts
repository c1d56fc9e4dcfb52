import type { Prisma } from '@/lib/generated/prisma-sqlite/client';
import { CARD_AUTHOR_LIMIT } from '@/lib/papers/shapes';
import type { LibraryPaper } from './types';

/** What the library's lists read of a paper; `_count` is per paper here (a page of at most 50). */
export const LIBRARY_PAPER_SELECT = {
  id: true,
  slug: true,
  title: true,
  arxivId: true,
  publishedAt: true,
  authors: { orderBy: { position: 'asc' }, take: CARD_AUTHOR_LIMIT, select: { name: true } },
  categories: { orderBy: { position: 'asc' }, select: { code: true } },
  _count: { select: { authors: true } },
} satisfies Prisma.PaperSelect;

type Row = Prisma.PaperGetPayload<{ select: typeof LIBRARY_PAPER_SELECT }>;

export function toLibraryPaper(row: Row): LibraryPaper {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    authors: row.authors.map((author) => author.name),
    authorCount: row._count.authors,
    categories: row.categories.map((category) => category.code),
    arxivId: row.arxivId,
    publishedAt: row.publishedAt,
  };
}
