import { SEARCH_PAGE_SIZE, type SearchInput } from '@/lib/search/schema';
import type { SearchResults as Results } from '@/lib/search/types';
import { SearchHitCard } from './search-hit-card';
import { SearchPagination, searchHref } from './search-pagination';

const HINT = 'text-neutral-700 dark:text-neutral-300';

/** The results of a search, or what to try when there are none. */
export function SearchResults({ input, results }: { input: SearchInput; results: Results }) {
  if (!input.q) {
    return (
      <div className={HINT}>
        <p>Type a few words to search the titles, abstracts and authors of every paper in the catalogue.</p>
        <ul className="mt-2 list-disc pl-6">
          <li>Every word must match; put words in &quot;double quotes&quot; to find them as a phrase.</li>
          <li>An arXiv id or link (2407.13168, https://arxiv.org/abs/2407.13168) opens that paper.</li>
          <li>Narrow the results by arXiv category or by publication dates.</li>
        </ul>
      </div>
    );
  }
  if (results.hits.length === 0) {
    return (
      <p className={HINT}>
        {results.page > 1 ? 'No more results.' : 'No papers match your search.'} Try fewer or different words, or remove a filter.
      </p>
    );
  }
  const first = (results.page - 1) * SEARCH_PAGE_SIZE + 1;
  return (
    <>
      <p className={HINT} role="status">
        Results {first}–{first + results.hits.length - 1}, best match first
      </p>
      <ol className="mt-4 flex flex-col gap-4" aria-label="Search results">
        {results.hits.map((hit) => (
          <li key={hit.slug}>
            <SearchHitCard hit={hit} pagePath={searchHref(input, results.page)} />
          </li>
        ))}
      </ol>
      <SearchPagination input={input} hasPrevious={results.hasPrevious} hasNext={results.hasNext} />
    </>
  );
}
