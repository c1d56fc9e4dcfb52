import { db } from '@/lib/db';
import { DETAIL_SELECT, toDetail } from '@/lib/papers/shapes';
import type { PaperDetail } from '@/lib/papers/types';
import { LIBRARY_PAPER_SELECT, toLibraryPaper } from './paper-shape';
import type { Visibility } from './schema';
import type { CollectionDetail, CollectionSummary } from './types';

/**
 * Reading collections. An owner's reads name the owner (`userId`); a public read finds only
 * public collections: a private one is `null` to it, as a missing one is, and the page 404s.
 */
const SUMMARY_SELECT = {
  id: true,
  title: true,
  description: true,
  visibility: true,
  updatedAt: true,
  _count: { select: { papers: true } },
} as const;

type SummaryRow = { id: string; title: string; description: string; visibility: string; updatedAt: Date; _count: { papers: number } };

function toSummary(row: SummaryRow): CollectionSummary {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    visibility: (row.visibility === 'public' ? 'public' : 'private') as Visibility,
    paperCount: row._count.papers,
    updatedAt: row.updatedAt,
  };
}

export async function listOwnCollections(userId: string): Promise<CollectionSummary[]> {
  const rows = await db.collection.findMany({ where: { userId }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], select: SUMMARY_SELECT });
  return rows.map(toSummary);
}

/** The reader's collections, each saying whether it holds this paper ("Add to collection"). */
export async function listCollectionsForPaper(userId: string, paperId: number): Promise<(CollectionSummary & { hasPaper: boolean })[]> {
  const [collections, holding] = await Promise.all([
    listOwnCollections(userId),
    db.collectionPaper.findMany({ where: { paperId, collection: { userId } }, select: { collectionId: true } }),
  ]);
  const held = new Set(holding.map((row) => row.collectionId));
  return collections.map((collection) => ({ ...collection, hasPaper: held.has(collection.id) }));
}

async function readCollection(where: { id: string; userId?: string; visibility?: string }): Promise<CollectionDetail | null> {
  const row = await db.collection.findFirst({
    where,
    select: {
      ...SUMMARY_SELECT,
      createdAt: true,
      user: { select: { username: true } },
      papers: { orderBy: [{ addedAt: 'desc' }, { paperId: 'desc' }], select: { note: true, addedAt: true, paper: { select: LIBRARY_PAPER_SELECT } } },
    },
  });
  if (!row) return null;
  return {
    ...toSummary(row),
    owner: row.user.username,
    createdAt: row.createdAt,
    papers: row.papers.map((entry) => ({ ...toLibraryPaper(entry.paper), note: entry.note, addedAt: entry.addedAt })),
  };
}

export function getOwnCollection(userId: string, id: string): Promise<CollectionDetail | null> {
  return readCollection({ id, userId });
}

export function getPublicCollection(id: string): Promise<CollectionDetail | null> {
  return readCollection({ id, visibility: 'public' });
}

/** A public collection's papers in full (its feeds and its BibTeX), newest first. */
export async function listPublicCollectionPapers(id: string): Promise<{ paper: PaperDetail; note: string; addedAt: Date }[] | null> {
  const collection = await db.collection.findFirst({ where: { id, visibility: 'public' }, select: { id: true } });
  if (!collection) return null;
  const rows = await db.collectionPaper.findMany({
    where: { collectionId: id },
    orderBy: [{ addedAt: 'desc' }, { paperId: 'desc' }],
    select: { note: true, addedAt: true, paper: { select: DETAIL_SELECT } },
  });
  return rows.map((row) => ({ paper: toDetail(row.paper, null), note: row.note, addedAt: row.addedAt }));
}
