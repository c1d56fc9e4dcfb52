import Link from 'next/link';
import type { ReactNode } from 'react';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { listHref } from '@/lib/papers/feed-paths';
import { LIST_SORTS, SORT_LABELS, type ListOptions } from '@/lib/papers/list-options';
import type { CategoryCount } from '@/lib/papers/types';

function Choice({ href, active, children }: { href: string; active: boolean; children: ReactNode }) {
  return (
    <li>
      <Link href={href} prefetch={false} aria-current={active ? 'true' : undefined} className="choice">
        {children}
      </Link>
    </li>
  );
}

/** arXiv gives cs.LG and stat.ML the same name: where two choices read alike, the code tells them apart. */
function choiceLabel(code: string, shown: CategoryCount[]): string {
  const name = categoryName(code) ?? code;
  const twin = shown.some((other) => other.code !== code && categoryName(other.code) === name);
  return twin ? `${name} (${code})` : name;
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
                {choiceLabel(code, shown)}
              </Choice>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
