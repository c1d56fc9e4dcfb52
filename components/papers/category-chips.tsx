import Link from 'next/link';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { categoryPath } from '@/lib/papers/feed-paths';
import { cn } from '@/lib/utils/cn';

/** A paper's arXiv categories by their human names, each leading to that category's page. */
export function CategoryChips({ codes, className }: { codes: string[]; className?: string }) {
  if (codes.length === 0) return null;
  return (
    <ul aria-label="Categories" className={cn('flex flex-wrap gap-1.5', className)}>
      {codes.map((code) => {
        const name = categoryName(code);
        const label = (
          <>
            {name ?? code}
            {name && ' '}
            {name && <span className="chip-code">{code}</span>}
          </>
        );
        return (
          <li key={code}>
            {name ? (
              <Link href={categoryPath(code)} prefetch={false} className="chip">
                {label}
              </Link>
            ) : (
              <span className="chip">{label}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
