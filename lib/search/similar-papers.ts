import { db } from '@/lib/db';
import { findMatches } from './find-matches';
import { loadHits } from './load-hits';
import { pickSalientTerms } from './salient-terms';
import type { SearchHit } from './types';

export const SIMILAR_PAPERS_LIMIT = 5;

/**
 * Papers about the same things as this one, from the catalogue's own text: its salient words,
 * OR-ed, ranked by the full-text engine (papers sharing more and rarer words rank higher).
 * No external service, and no precomputed table to keep fresh.
 */
export async function listSimilarPapers(slug: string, limit = SIMILAR_PAPERS_LIMIT): Promise<SearchHit[]> {
  const paper = await db.paper.findUnique({ where: { slug }, select: { id: true, title: true, abstract: true } });
  if (!paper) return [];
  const terms = pickSalientTerms(paper.title, paper.abstract);
  const matches = await findMatches({ terms, mode: 'any', excludeId: paper.id, limit, offset: 0 });
  return loadHits(matches);
}
