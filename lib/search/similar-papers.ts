import { db } from '@/lib/db';
import { DETAIL_WITH_LISTING_SELECT, toDetail } from '@/lib/papers/shapes';
import type { PaperDetail } from '@/lib/papers/types';
import { pickRareWords } from './rare-words';
import { findTermPostings, type TermPostings } from './similar-candidates';

export const SIMILAR_PAPERS_LIMIT = 5;
/**
 * Similar papers come from the papers imported around this one (ids within this distance on
 * either side), in practice those of the same weeks: a new paper finds the ones before it, an
 * older one those on both sides. Bounds how far apart two "similar" papers can be in time.
 */
const SIMILAR_ID_WINDOW = 5_000;
/**
 * Postings read per word. A rare word has fewer than this in the window, so all its papers are
 * seen; a common one stops here, and its low weight (below) makes the cut-off matter little.
 */
const POSTINGS_PER_TERM = 200;
/** Neighbours read to tell this paper's rare words from common ones (lib/search/rare-words.ts). */
const SAMPLE_SIZE = 250;
const SAMPLE_CHARS = 400;
/** Words looked up: each is one short posting list. */
const WORDS = 8;

export interface SimilarSource {
  id: number;
  title: string;
  abstract: string;
}

/**
 * Papers about the same things as this one, from the catalogue's own text: the papers that
 * share most of its rare words, rarer words counting more (docs/decisions/025). Its words are
 * told rare or common against the papers imported just before it; each rare word is one short
 * index lookup (lib/search/similar-candidates.ts) and the overlaps are counted here: no ranking
 * function over every match (0.3-0.5 s a page at 1M papers), nothing computed at import,
 * nothing stored, so a paper imported a second ago has similar papers at once.
 */
export async function similarPapersOf(paper: SimilarSource, limit = SIMILAR_PAPERS_LIMIT): Promise<PaperDetail[]> {
  // The papers just before this one, by the primary key; the abstracts' openings are enough to
  // tell a common word, and whole abstracts cost more to read than the rest of the lookup.
  const sample = await db.$queryRaw<{ text: string }[]>`
    SELECT "title" || ' ' || substr("abstract", 1, ${SAMPLE_CHARS}) AS "text" FROM "Paper" WHERE "id" < ${paper.id} ORDER BY "id" DESC LIMIT ${SAMPLE_SIZE}`;
  const words = pickRareWords(paper, sample.map((row) => row.text), WORDS);
  const from = Math.max(1, paper.id - SIMILAR_ID_WINDOW);
  const to = paper.id + SIMILAR_ID_WINDOW;
  const { papersInWindow, postings } = await findTermPostings({ words, from, to, perTerm: POSTINGS_PER_TERM });
  const ids = rankByOverlap(postings, { self: paper.id, ids: to - from + 1, papers: papersInWindow, perTerm: POSTINGS_PER_TERM }).slice(0, limit);
  if (ids.length === 0) return [];
  const rows = await db.paper.findMany({ where: { id: { in: ids } }, select: DETAIL_WITH_LISTING_SELECT });
  const byId = new Map(rows.map(({ listing, ...row }) => [row.id, toDetail(row, listing)]));
  // A paper deleted between the two queries is left out rather than shown half.
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Similar papers of the paper at `slug` (none for an unknown slug). */
export async function listSimilarPapers(slug: string, limit = SIMILAR_PAPERS_LIMIT): Promise<PaperDetail[]> {
  const paper = await db.paper.findUnique({ where: { slug }, select: { id: true, title: true, abstract: true } });
  return paper ? similarPapersOf(paper, limit) : [];
}

/**
 * The least a candidate must score: as much as sharing one word that a fifth of the window's
 * papers hold. Papers that share only the words every abstract has ("analysis", "results")
 * are not about the same thing, and are left out rather than shown as similar.
 */
const MIN_SCORE = Math.log(1 + 5);

/**
 * Candidates best first: the sum, over the words a candidate shares, of the word's weight, an
 * inverse document frequency estimated from the postings read (a word held by 5 papers of the
 * window weighs far more than one held by every other paper). Ties go to the nearer paper.
 */
export function rankByOverlap(postings: readonly TermPostings[], window: { self: number; ids: number; papers: number; perTerm: number }): number[] {
  const { self, perTerm } = window;
  const papers = Math.max(window.papers, 1);
  const papersPerId = papers / Math.max(window.ids, 1);
  const scores = new Map<number, number>();
  for (const { ids } of postings) {
    if (ids.length === 0) continue;
    // A list cut at `perTerm` saw only the ids from its first to its last: the word's share
    // is that of the papers in that stretch.
    const seen = ids.length < perTerm ? papers : Math.max(ids.length, ((ids[0] ?? 0) - (ids.at(-1) ?? 0) + 1) * papersPerId);
    const weight = Math.log(1 + seen / ids.length);
    for (const id of ids) if (id !== self) scores.set(id, (scores.get(id) ?? 0) + weight);
  }
  return [...scores]
    .filter(([, score]) => score >= MIN_SCORE)
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - self) - Math.abs(b[0] - self) || b[0] - a[0])
    .map(([id]) => id);
}
