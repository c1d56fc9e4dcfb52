import { describe, expect, it } from 'vitest';
import { splitHighlights } from '@/lib/search/highlight';
import { MAX_QUERY_LENGTH, MAX_TERMS, parseSearchTerms, toFts5Match, toWebsearchQuery } from '@/lib/search/query-terms';
import { pickSalientTerms } from '@/lib/search/salient-terms';
import { searchInputSchema } from '@/lib/search/schema';

describe('parseSearchTerms', () => {
  it('keeps words and quoted phrases, lower-cased', () => {
    expect(parseSearchTerms('Sparse  "Mixture of Experts" routing')).toEqual([['sparse'], ['mixture', 'of', 'experts'], ['routing']]);
  });

  it('turns operators and syntax into plain words or nothing', () => {
    expect(toFts5Match(parseSearchTerms('a AND b OR NEAR(c d) -e f* ^g title:h'))).toBe('"a" "and" "b" "or" "near c" "d" "e" "f" "g" "title h"');
    expect(toFts5Match(parseSearchTerms('((( *** --- ))) "" "'))).toBe('');
    expect(toFts5Match(parseSearchTerms(`'; DROP TABLE "Paper"; --`))).toBe('"drop" "table" "paper"');
  });

  it('keeps hyphenated words together as a phrase', () => {
    expect(parseSearchTerms('GPT-4 state-of-the-art')).toEqual([['gpt', '4'], ['state', 'of', 'the', 'art']]);
  });

  it('keeps non-Latin scripts, with their combining marks', () => {
    expect(parseSearchTerms('深度学习 нейронные сети हिन्दी')).toEqual([['深度学习'], ['нейронные'], ['сети'], ['हिन्दी']]);
  });

  it('caps the length and the number of terms', () => {
    expect(parseSearchTerms('x'.repeat(10_000))[0]?.[0]).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseSearchTerms('word '.repeat(2_000))).toHaveLength(MAX_TERMS);
  });

  it('writes "any" queries with each engine\'s OR', () => {
    const terms = parseSearchTerms('graph neural');
    expect(toFts5Match(terms, 'any')).toBe('"graph" OR "neural"');
    expect(toWebsearchQuery(terms, 'any')).toBe('"graph" or "neural"');
  });
});

describe('splitHighlights', () => {
  it('marks the text between the markers and keeps the rest as text', () => {
    expect(splitHighlights('a \uE000b\uE001 <c>')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' <c>', match: false },
    ]);
  });
});

describe('searchInputSchema', () => {
  it('falls back instead of failing on bad values', () => {
    expect(searchInputSchema.parse({ q: ['x', 'y'], category: "cs.LG' OR 1=1", from: '2025-13-01', to: 'soon', page: '-3' })).toEqual({
      q: 'x',
      category: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
    expect(searchInputSchema.parse({ q: ' a ', category: 'hep-th', from: '2024-01-01', page: '2' })).toMatchObject({ q: 'a', category: 'hep-th', from: '2024-01-01', page: 2 });
  });
});

describe('pickSalientTerms', () => {
  it('prefers the title, then frequent abstract words, and skips stop words', () => {
    const terms = pickSalientTerms('Fuzzing Compilers', 'We propose fuzzing. The compilers crash; crash reports help. Crash triage.').map((term) => term[0]);
    expect(terms.slice(0, 3)).toEqual(['fuzzing', 'compilers', 'crash']);
    expect(terms).not.toContain('propose');
  });
});
