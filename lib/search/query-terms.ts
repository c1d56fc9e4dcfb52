/**
 * Turns whatever a person typed into a list of search terms that no engine can misread.
 *
 * Nothing the user types is ever passed to FTS5's MATCH grammar or to PostgreSQL's tsquery
 * syntax as an operator: we keep only runs of letters, digits and combining marks (any script),
 * and each term is later written as a double-quoted string/phrase, which both grammars treat as
 * plain text. AND/OR/NEAR, `*`, `-`, `^`, `:`, parentheses and SQL fragments become ordinary
 * words or vanish. Quoted "exact phrases" are kept as phrases.
 * FTS5 grammar: https://www.sqlite.org/fts5.html#full_text_query_syntax
 */

/** Longer input is cut: a 10 kB paste must not become a 2,000-term query. */
export const MAX_QUERY_LENGTH = 200;
/** Beyond this many terms a query only gets slower, not better. */
export const MAX_TERMS = 12;

/** One term: a word, or the words of a phrase that must appear together in this order. */
export type SearchTerm = readonly string[];

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Lower-cased words of any script; everything else is a separator. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFKC').match(WORD) ?? []).map((word) => word.toLowerCase());
}

export function parseSearchTerms(raw: string): SearchTerm[] {
  const text = raw.slice(0, MAX_QUERY_LENGTH);
  const terms: SearchTerm[] = [];
  // Even segments are outside double quotes, odd ones inside; an unclosed quote runs to the end.
  text.split('"').forEach((segment, index) => {
    if (index % 2 === 1) {
      const phrase = wordsOf(segment);
      if (phrase.length > 0) terms.push(phrase);
      return;
    }
    // "GPT-4" or "state-of-the-art" is one term (a phrase of its parts), as the index tokenised it.
    for (const chunk of segment.split(/\s+/)) {
      const parts = wordsOf(chunk);
      if (parts.length > 0) terms.push(parts);
    }
  });
  return terms.slice(0, MAX_TERMS);
}

/** Each term as a double-quoted string; the words hold no quote, so nothing needs escaping. */
export function quoteTerms(terms: readonly SearchTerm[]): string[] {
  return terms.map((term) => `"${term.join(' ')}"`);
}

/** FTS5 MATCH: every term (implicit AND) or any term (OR, for similar papers). */
export function toFts5Match(terms: readonly SearchTerm[], mode: 'all' | 'any' = 'all'): string {
  return quoteTerms(terms).join(mode === 'all' ? ' ' : ' OR ');
}

/** Input for websearch_to_tsquery: quoted terms, joined by its `or` keyword for "any". */
export function toWebsearchQuery(terms: readonly SearchTerm[], mode: 'all' | 'any' = 'all'): string {
  return quoteTerms(terms).join(mode === 'all' ? ' ' : ' or ');
}
