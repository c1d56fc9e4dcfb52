import { STOP_WORDS } from '@/lib/search/salient-terms';
import { wordsOf } from '@/lib/search/query-terms';

/**
 * tf-idf vectors over a paper's title and abstract (docs/decisions/028). Words as the search
 * index splits them (lib/search/query-terms.ts), lower-cased, without stop words, numbers and
 * words under three letters; a title word counts twice (the title says most about a paper);
 * term frequency is damped (1 + ln tf); every vector has unit length, so a dot product is the
 * cosine. Term ids index one window's vocabulary.
 */
export interface SparseVector {
  terms: Int32Array;
  weights: Float32Array;
}

const TITLE_WEIGHT = 2;
/** An abstract longer than this adds nothing a recommendation needs. */
const MAX_TEXT = 6_000;

const useful = (word: string) => word.length > 2 && !STOP_WORDS.has(word) && !/^\d+$/.test(word);

/** Raw counts of the useful words of a paper's text (title words weigh double). */
export function termCounts(title: string, abstract: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of wordsOf(title).filter(useful)) counts.set(word, (counts.get(word) ?? 0) + TITLE_WEIGHT);
  for (const word of wordsOf(abstract.slice(0, MAX_TEXT)).filter(useful)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** A window's vocabulary: term ids, their words and inverse document frequencies. */
export interface Vocabulary {
  ids: Map<string, number>;
  words: string[];
  idf: Float32Array;
}

/** Vocabulary and idf from the documents' term counts (df from the window itself). */
export function buildVocabulary(documents: readonly Map<string, number>[]): Vocabulary {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const df: number[] = [];
  for (const counts of documents) {
    for (const word of counts.keys()) {
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        df.push(0);
      }
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = documents.length;
  // Smoothed idf; a word in every paper of the window still weighs a little.
  const idf = Float32Array.from(df, (count) => Math.log((n + 1) / (count + 1)) + 1);
  return { ids, words, idf };
}

/** The unit-length tf-idf vector of a document; words outside the vocabulary are dropped. */
export function vectorize(counts: Map<string, number>, vocabulary: Vocabulary): SparseVector {
  const entries: [number, number][] = [];
  for (const [word, count] of counts) {
    const id = vocabulary.ids.get(word);
    if (id === undefined) continue;
    entries.push([id, (1 + Math.log(count)) * (vocabulary.idf[id] ?? 1)]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
  return { terms: Int32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, weight]) => weight / norm) };
}

/** Dot product of two sparse vectors (both sorted by term id). */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const ta = a.terms[i] ?? 0;
    const tb = b.terms[j] ?? 0;
    if (ta === tb) {
      sum += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i += 1;
      j += 1;
    } else if (ta < tb) i += 1;
    else j += 1;
  }
  return sum;
}

/** The words that weigh most in both vectors: why one paper is like the other. */
export function sharedTerms(a: SparseVector, b: SparseVector, vocabulary: Vocabulary, count = 3): string[] {
  const shared: [string, number][] = [];
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const ta = a.terms[i] ?? 0;
    const tb = b.terms[j] ?? 0;
    if (ta === tb) {
      shared.push([vocabulary.words[ta] ?? '', (a.weights[i] ?? 0) * (b.weights[j] ?? 0)]);
      i += 1;
      j += 1;
    } else if (ta < tb) i += 1;
    else j += 1;
  }
  return shared.sort((x, y) => y[1] - x[1]).slice(0, count).map(([word]) => word);
}

/**
 * A reader's profile (Rocchio, positives only): the mean of the liked papers' vectors, as a
 * dense array over the vocabulary so scoring a candidate is one pass over its terms.
 */
export function centroid(vectors: readonly SparseVector[], size: number): Float32Array {
  const profile = new Float32Array(size);
  if (vectors.length === 0) return profile;
  for (const vector of vectors) {
    for (let i = 0; i < vector.terms.length; i += 1) {
      const term = vector.terms[i] ?? 0;
      profile[term] = (profile[term] ?? 0) + (vector.weights[i] ?? 0) / vectors.length;
    }
  }
  let norm = 0;
  for (const weight of profile) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < size; i += 1) profile[i] = (profile[i] ?? 0) / norm;
  return profile;
}

/** Cosine of a unit vector with a unit dense profile. */
export function scoreAgainst(profile: Float32Array, vector: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < vector.terms.length; i += 1) sum += (profile[vector.terms[i] ?? 0] ?? 0) * (vector.weights[i] ?? 0);
  return sum;
}
