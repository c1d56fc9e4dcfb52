import { ButtonLink } from '@/components/ui/button-link';
import type { SearchInput } from '@/lib/search/schema';

/** /search with the same query and filters on another page; empty filters stay out of the URL. */
export function searchHref(input: SearchInput, page: number): string {
  const params = new URLSearchParams({ q: input.q });
  if (input.category) params.set('category', input.category);
  if (input.from) params.set('from', input.from);
  if (input.to) params.set('to', input.to);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

export function SearchPagination({ input, hasPrevious, hasNext }: { input: SearchInput; hasPrevious: boolean; hasNext: boolean }) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label="Result pages" className="mt-6 flex justify-between gap-3">
      {hasPrevious ? (
        <ButtonLink href={searchHref(input, input.page - 1)} rel="prev">
          <span aria-hidden="true">←</span> Previous page
        </ButtonLink>
      ) : (
        <span />
      )}
      {hasNext && (
        <ButtonLink href={searchHref(input, input.page + 1)} rel="next">
          Next page <span aria-hidden="true">→</span>
        </ButtonLink>
      )}
    </nav>
  );
}
