import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SearchForm } from '@/components/search/search-form';
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
      <section aria-label="Results" className="mt-6">
        <SearchResults input={input} results={results} />
      </section>
    </main>
  );
}
