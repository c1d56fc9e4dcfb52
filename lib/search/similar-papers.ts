import { db } from '@/lib/db';
import { findMatches } from './find-matches';
import { loadHits } from './load-hits';
import { pickSalientTerms } from './salient-terms';
import type { SearchHit } from './types';

export const SIMILAR_PAPERS_LIMIT = 5;
/**
 * Similar papers come from the papers imported around this one (ids within this distance),
 * in practice those of the same weeks or months. An OR of several words matches most of a
 * large catalogue, and both engines score every match before they keep the best five: at
 * 100k papers that was seconds per paper page. This bounds it whatever the catalogue's size.
 */
const SIMILAR_ID_WINDOW = 5_000;

/**
 * Papers about the same things as this one, from the catalogue's own text: its salient words,
 * OR-ed, ranked by the full-text engine (papers sharing more and rarer words rank higher).
 * No external service, and no precomputed table to keep fresh.
 */
export async function listSimilarPapers(slug: string, limit = SIMILAR_PAPERS_LIMIT): Promise<SearchHit[]> {
  const paper = await db.paper.findUnique({ where: { slug }, select: { id: true, title: true, abstract: true } });
  if (!paper) return [];
  const terms = pickSalientTerms(paper.title, paper.abstract);
  const idRange = { from: paper.id - SIMILAR_ID_WINDOW, to: paper.id + SIMILAR_ID_WINDOW };
  const matches = await findMatches({ terms, mode: 'any', excludeId: paper.id, idRange, limit, offset: 0 });
  return loadHits(matches);
}
