import { db } from '@/lib/db';
import { LIBRARY_PAPER_SELECT, toLibraryPaper } from './paper-shape';
import type { Page, SavedPaperItem } from './types';

/**
 * "Saved" (issue 14, item 1). Saving is the reader's desired state: SavedPaper's primary key
 * (user, paper) makes a second save a no-op and a second removal finds nothing, so a retried
 * or doubled request leaves what one would. The For-you recommender reads these rows as a
 * signal; this file is the only writer.
 */
export type SaveResult = { status: 'done'; saved: boolean; changed: boolean } | { status: 'no-paper' };

export const SAVED_PAGE_SIZE = 25;

export async function setSaved(userId: string, paperId: number, saved: boolean): Promise<SaveResult> {
  if (!saved) {
    const { count } = await db.savedPaper.deleteMany({ where: { userId, paperId } });
    return { status: 'done', saved: false, changed: count > 0 };
  }
  if ((await db.paper.count({ where: { id: paperId } })) === 0) return { status: 'no-paper' };
  // Read, then create: a racing twin that wins the insert makes this one a unique violation,
  // which means "already saved".
  const existing = await db.savedPaper.findUnique({ where: { userId_paperId: { userId, paperId } }, select: { paperId: true } });
  if (existing) return { status: 'done', saved: true, changed: false };
  try {
    await db.savedPaper.create({ data: { userId, paperId } });
    return { status: 'done', saved: true, changed: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { status: 'done', saved: true, changed: false };
    // The paper was deleted between the check and the insert (a foreign-key failure).
    if ((await db.paper.count({ where: { id: paperId } })) === 0) return { status: 'no-paper' };
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'P2002';
}

/** The reader's saved papers, newest first. */
export async function listSaved(userId: string, page: number, pageSize: number = SAVED_PAGE_SIZE): Promise<Page<SavedPaperItem>> {
  const total = await db.savedPaper.count({ where: { userId } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pageCount);
  const rows = await db.savedPaper.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { paperId: 'desc' }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: { createdAt: true, paper: { select: LIBRARY_PAPER_SELECT } },
  });
  return { items: rows.map((row) => ({ ...toLibraryPaper(row.paper), savedAt: row.createdAt })), page: current, pageCount, total };
}

/** Which of these papers the reader saved (for /api/me). */
export async function savedAmong(userId: string, paperIds: number[]): Promise<number[]> {
  if (paperIds.length === 0) return [];
  const rows = await db.savedPaper.findMany({ where: { userId, paperId: { in: paperIds } }, select: { paperId: true } });
  return rows.map((row) => row.paperId);
}
