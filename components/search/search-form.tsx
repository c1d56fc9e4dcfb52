import { Button } from '@/components/ui/button';
import type { SearchInput } from '@/lib/search/schema';
import { cn } from '@/lib/utils/cn';
import { FIELD } from './field-styles';

const LABEL = 'text-sm font-medium text-neutral-800 dark:text-neutral-200';

/** The search page's own form: the query plus filters, all in the URL (GET), page reset to 1. */
export function SearchForm({ input }: { input: SearchInput }) {
  return (
    <form role="search" aria-label="Search and filter" action="/search" method="get" className="grid gap-3 sm:grid-cols-[1fr_auto]">
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className={LABEL}>
          Search titles, abstracts and authors
        </label>
        <input id="search-q" name="q" type="search" maxLength={800} defaultValue={input.q} autoComplete="off" className={FIELD} />
      </div>
      <Button type="submit" className="self-end">
        Search
      </Button>
      <fieldset className="flex flex-wrap gap-3 sm:col-span-2">
        <legend className="sr-only">Filters</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-category" className={LABEL}>
            Category
          </label>
          <input id="search-category" name="category" type="text" placeholder="cs.LG" defaultValue={input.category ?? ''} aria-describedby="search-category-hint" className={cn(FIELD, 'w-32')} />
          <span id="search-category-hint" className="sr-only">
            An arXiv category code, such as cs.LG
          </span>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-from" className={LABEL}>
            Published from
          </label>
          <input id="search-from" name="from" type="date" defaultValue={input.from ?? ''} className={FIELD} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-to" className={LABEL}>
            to
          </label>
          <input id="search-to" name="to" type="date" defaultValue={input.to ?? ''} className={FIELD} />
        </div>
      </fieldset>
    </form>
  );
}
