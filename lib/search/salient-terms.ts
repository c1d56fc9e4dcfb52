import { wordsOf, type SearchTerm } from './query-terms';

/** Words too common in paper abstracts to say what a paper is about. */
export const STOP_WORDS = new Set(
  (
    'a about above across after again against all also although among an and any are as at based be because been before being between both ' +
    'but by can could did do does done during each either et etc few for from further had has have having here how however if in into is it ' +
    'its itself just large less many may more most much must new no nor not novel now of on once one only or other our out over own paper ' +
    'per propose proposed provide results same several show shows significant significantly since so some state such than that the their ' +
    'them then there these they this those three through thus to two under up upon use used using very via was we well were what when where ' +
    'whether which while who whose why will with within without work would yet approach method methods model models performance data task ' +
    'tasks study existing different first present'
  ).split(' '),
);

// Six words: an OR query costs each engine in proportion to how many papers hold its words
// (FTS5 reads every word's whole doclist and bm25 counts them; PostgreSQL ranks every match
// in the id window, reading each one's tsvector). Twelve words took 0.46 s per paper page at
// 1M papers on SQLite, six take 0.35 s (p50; the benchmark's synthetic words are all common,
// decision 005). The title's words say most about a paper; the abstract's most frequent ones
// fill the rest.
const TITLE_TERMS = 4;
const TOTAL_TERMS = 6;

/**
 * The words that best describe a paper, for finding similar ones: its title's words first,
 * then the abstract's most frequent words, skipping stop words, short words and numbers.
 * Every term is one plain word, so the engines see nothing but quoted words.
 */
export function pickSalientTerms(title: string, abstract: string, limits = { title: TITLE_TERMS, total: TOTAL_TERMS }): SearchTerm[] {
  const useful = (word: string) => word.length > 3 && !STOP_WORDS.has(word) && !/^\d+$/.test(word);
  const picked = new Set<string>();
  for (const word of wordsOf(title).filter(useful)) {
    if (picked.size >= limits.title) break;
    picked.add(word);
  }
  const counts = new Map<string, number>();
  for (const word of wordsOf(abstract.slice(0, 20_000)).filter(useful)) {
    if (!picked.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const frequent = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [word] of frequent) {
    if (picked.size >= limits.total) break;
    picked.add(word);
  }
  return [...picked].map((word) => [word]);
}
