import Link from 'next/link';

/** Newer / older pages of a list that is newest first (page 1 is the newest). */
export function Pager({ path, page, hasMore, label }: { path: string; page: number; hasMore: boolean; label: string }) {
  if (page <= 1 && !hasMore) return null;
  const to = (target: number) => (target <= 1 ? path : `${path}?page=${target}`);
  const link = 'rounded-lg px-3 py-1.5 text-sm font-medium text-neutral-900 underline-offset-2 hover:underline dark:text-neutral-100';
  return (
    <nav aria-label={label} className="flex justify-between gap-2">
      {page > 1 ? (
        <Link href={to(page - 1)} prefetch={false} className={link}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      {hasMore ? (
        <Link href={to(page + 1)} prefetch={false} className={link}>
          Older →
        </Link>
      ) : null}
    </nav>
  );
}
