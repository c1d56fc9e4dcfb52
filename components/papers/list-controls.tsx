import Link from 'next/link';
import type { ReactNode } from 'react';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { listHref } from '@/lib/papers/feed-paths';
import { LIST_SORTS, SORT_LABELS, type ListOptions } from '@/lib/papers/list-options';
import type { CategoryCount } from '@/lib/papers/list-queries';
import { cn } from '@/lib/utils/cn';

const OPTION = 'inline-block rounded-full border px-3 py-1 text-sm font-medium';
const ACTIVE = 'border-neutral-900 bg-neutral-900 text-white dark:border-amber-300 dark:bg-amber-300 dark:text-neutral-950';
const IDLE = 'border-neutral-300 text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800';

function Choice({ href, active, children }: { href: string; active: boolean; children: ReactNode }) {
  return (
    <li>
      <Link href={href} aria-current={active ? 'true' : undefined} className={cn(OPTION, active ? ACTIVE : IDLE)}>
        {children}
      </Link>
    </li>
  );
}

/**
 * Sort order and category filter as plain links (`?sort=`, `?category=`): they work without
 * JavaScript, can be shared, and each choice is its own cached page.
 */
export function ListControls({ path, options, categories }: { path: string; options: ListOptions; categories: CategoryCount[] }) {
  // The chosen category stays offered even when it is not among the period's most frequent.
  // Only taxonomy codes: an unknown one has no filtered page to lead to.
  const known = categories.filter((entry) => categoryName(entry.code) !== null);
  const shown = options.category && !known.some((entry) => entry.code === options.category) ? [...known, { code: options.category, count: 0 }] : known;
  return (
    <div className="mt-4 flex flex-col gap-2">
      <nav aria-label="Sort order" className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-neutral-700 dark:text-neutral-300">Sort:</span>
        <ul className="flex flex-wrap gap-1.5">
          {LIST_SORTS.map((sort) => (
            <Choice key={sort} href={listHref(path, { ...options, sort })} active={options.sort === sort}>
              {SORT_LABELS[sort]}
            </Choice>
          ))}
        </ul>
      </nav>
      {shown.length > 0 && (
        <nav aria-label="Filter by category" className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-neutral-700 dark:text-neutral-300">Category:</span>
          <ul className="flex flex-wrap gap-1.5">
            <Choice href={listHref(path, { ...options, category: null })} active={options.category === null}>
              All
            </Choice>
            {shown.map(({ code }) => (
              <Choice key={code} href={listHref(path, { ...options, category: code })} active={options.category === code}>
                {categoryName(code) ?? code}
              </Choice>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
