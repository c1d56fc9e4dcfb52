import { wordsOf } from './query-terms';
import { pickSalientTerms } from './salient-terms';

/**
 * A word held by more than this share of the neighbouring papers is common: the full-text
 * engines read a word's whole posting list even for a bounded lookup (FTS5 took 50-200 ms for
 * a word in half of 1M papers, 0.2 ms for one in 3,000), and a common word says little anyway.
 */
const MAX_SHARE = 0.02;
const CANDIDATES = { title: 8, total: 16 };

/**
 * The words of this paper that few of its neighbours (`sample`: titles and abstracts of the
 * papers imported around it) contain, rarest first, title words first among equals: the words
 * that say what this paper is about, and the cheap ones to look up. Containment is tested on
 * the lower-cased text (so "graph" counts in "graphical"), which can only call a word commoner.
 */
export function pickRareWords(paper: { title: string; abstract: string }, sample: readonly string[], limit: number): string[] {
  const titleWords = new Set(wordsOf(paper.title));
  // Each candidate is tested against every neighbour: a bounded number of them.
  const candidates = pickSalientTerms(paper.title, paper.abstract, CANDIDATES).flatMap((term) => term);
  const texts = sample.map((text) => text.toLowerCase());
  // In a small catalogue every lookup is cheap: a word two or three papers share still counts.
  const maxHolders = Math.max(3, Math.floor(texts.length * MAX_SHARE));
  const holders = (word: string) => {
    let count = 0;
    for (const text of texts) if (text.includes(word) && ++count > maxHolders) break;
    return count;
  };
  return candidates
    .map((word, index) => ({ word, index, count: holders(word), title: titleWords.has(word) }))
    .filter((entry) => entry.count <= maxHolders)
    .sort((a, b) => a.count - b.count || Number(b.title) - Number(a.title) || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.word);
}
