import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FollowButton } from '@/components/follows/follow-button';
import { SearchForm } from '@/components/search/search-form';
import { followValueProblem, normaliseFollowValue } from '@/lib/follows/schema';
import { SearchResults } from '@/components/search/search-results';
import { paperPath } from '@/lib/papers/paper-ref';
import { findPaperByReference } from '@/lib/search/find-paper-by-reference';
import { searchInputSchema } from '@/lib/search/schema';
import { searchPapers } from '@/lib/search/search-papers';

// Results depend on the query string and on the catalogue at this moment: never cached (no ISR).
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = searchInputSchema.parse(await searchParams);
  return {
    title: q ? `Search: ${q.slice(0, 60)}` : 'Search',
    // Result pages are endless and thin: keep them out of search engines' indexes.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const input = searchInputSchema.parse(params);
  // A pasted arXiv id or link is navigation, not a query: go straight to the paper.
  const slug = input.q ? await findPaperByReference(input.q) : null;
  if (slug) redirect(paperPath(slug));
  const results = await searchPapers(params);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight text-neutral-900 dark:text-neutral-50">Search papers</h1>
      <div className="mt-4">
        <SearchForm input={input} />
      </div>
      {canFollowQuery(input.q) && (
        // A div, not a p: the button is a form, which a paragraph cannot hold (HTML would close the p before it).
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-neutral-700 dark:text-neutral-300">
          New papers matching this search in For you and your digest:
          <FollowButton kind="query" value={input.q} label={`the search “${input.q}”`} back={`/search?${new URLSearchParams({ q: input.q }).toString()}`} />
        </div>
      )}
      <section aria-label="Results" className="mt-6">
        <SearchResults input={input} results={results} />
      </section>
    </main>
  );
}

/** A query the Follow button can take as it is (short enough, with words to look for). */
function canFollowQuery(q: string): boolean {
  return q.length > 0 && followValueProblem('query', normaliseFollowValue('query', q)) === null;
}
