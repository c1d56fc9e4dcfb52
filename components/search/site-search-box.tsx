import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils/cn';
import { FIELD } from './field-styles';

/**
 * The search box in every page's header: a plain GET form, so it works without JavaScript and
 * its result is a shareable URL (/search?q=…).
 */
export function SiteSearchBox() {
  return (
    <form role="search" aria-label="Papers" action="/search" method="get" className="flex w-full min-w-0 items-center gap-2 sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        Search papers
      </label>
      <input id="site-search" name="q" type="search" required maxLength={800} placeholder="Search papers" autoComplete="off" className={cn(FIELD, 'min-w-0 flex-1 sm:w-56 sm:flex-none')} />
      <Button type="submit" variant="secondary" className="px-2.5 py-1.5">
        Search
      </Button>
    </form>
  );
}
