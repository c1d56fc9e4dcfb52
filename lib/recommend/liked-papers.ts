import { db } from '@/lib/db';
import { termCounts, vectorize, type SparseVector } from './text-vectors';
import type { CandidateWindow } from './window';

/** A paper the reader liked, as the profile and the reasons need it. */
export interface LikedPaper {
  id: number;
  title: string;
  vector: SparseVector;
}

/**
 * The vectors of liked papers: from the window when they are in it, otherwise read (one query
 * for all of them) and vectorised against the window's vocabulary (a word no candidate has
 * cannot make a candidate score, so it is dropped).
 */
export async function loadLikedPapers(window: CandidateWindow, paperIds: readonly number[]): Promise<Map<number, LikedPaper>> {
  const liked = new Map<number, LikedPaper>();
  const missing: number[] = [];
  for (const id of new Set(paperIds)) {
    const paper = window.byId.get(id);
    if (paper) liked.set(id, { id, title: paper.title, vector: paper.vector });
    else missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await db.paper.findMany({ where: { id: { in: missing } }, select: { id: true, title: true, abstract: true } });
    for (const row of rows) liked.set(row.id, { id: row.id, title: row.title, vector: vectorize(termCounts(row.title, row.abstract), window.vocabulary) });
  }
  return liked;
}
