import Link from 'next/link';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { categoryPath } from '@/lib/papers/feed-paths';

const CHIP = 'inline-flex items-baseline gap-1 rounded-full bg-neutral-100 px-2.5 py-0.5 text-xs font-medium text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200';

/** A paper's arXiv categories by their human names, each leading to that category's page. */
export function CategoryChips({ codes, className }: { codes: string[]; className?: string }) {
  if (codes.length === 0) return null;
  return (
    <ul aria-label="Categories" className={`flex flex-wrap gap-1.5 ${className ?? ''}`}>
      {codes.map((code) => {
        const name = categoryName(code);
        const label = (
          <>
            {name ?? code}
            {name && ' '}
            {name && <span className="font-mono text-[0.6875rem] text-neutral-600 dark:text-neutral-400">{code}</span>}
          </>
        );
        return (
          <li key={code}>
            {name ? (
              <Link href={categoryPath(code)} className={`${CHIP} hover:bg-amber-100 dark:hover:bg-amber-900/50`}>
                {label}
              </Link>
            ) : (
              <span className={CHIP}>{label}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
