import { LINK, MUTED } from '@/components/accounts/account-styles';
import { AccountSection } from '@/components/accounts/account-section';
import { Button } from '@/components/ui/button';
import type { FollowRow } from '@/lib/follows/follows';
import { FOLLOWING_PATH, type FollowKind } from '@/lib/follows/schema';
import { categoryLabel } from '@/lib/papers/arxiv-taxonomy';
import { categoryPath } from '@/lib/papers/feed-paths';

const SECTIONS: { kind: FollowKind; title: string; empty: string }[] = [
  { kind: 'category', title: 'Categories', empty: 'No categories yet: open a category (a chip on any paper) and press Follow.' },
  { kind: 'author', title: 'Authors', empty: 'No authors yet: press Follow beside a name on a paper’s page.' },
  { kind: 'query', title: 'Searches', empty: 'No searches yet: search for something, then press “Follow this search”.' },
];

function hrefOf(row: FollowRow): string {
  if (row.kind === 'category') return categoryPath(row.value);
  const q = row.kind === 'author' ? `"${row.value}"` : row.value;
  return `/search?${new URLSearchParams({ q }).toString()}`;
}

function labelOf(row: FollowRow): string {
  return row.kind === 'category' ? categoryLabel(row.value) : row.kind === 'query' ? `“${row.value}”` : row.value;
}

/** Every follow of the reader, by kind, each with a plain Unfollow form (POST /follows on=0). */
export function FollowList({ follows }: { follows: FollowRow[] }) {
  return (
    <>
      {SECTIONS.map(({ kind, title, empty }) => {
        const rows = follows.filter((row) => row.kind === kind);
        return (
          <AccountSection key={kind} id={`follows-${kind}`} title={title}>
            {rows.length === 0 ? (
              <p className={MUTED}>{empty}</p>
            ) : (
              <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
                {rows.map((row) => (
                  <li key={row.value} className="flex flex-wrap items-center justify-between gap-3 py-2">
                    <a href={hrefOf(row)} className={LINK}>
                      {labelOf(row)}
                    </a>
                    <form method="post" action="/follows" className="ml-auto">
                      <input type="hidden" name="kind" value={row.kind} />
                      <input type="hidden" name="value" value={row.value} />
                      <input type="hidden" name="on" value="0" />
                      <input type="hidden" name="back" value={FOLLOWING_PATH} />
                      <Button type="submit" variant="ghost" aria-label={`Unfollow ${labelOf(row)}`}>
                        Unfollow
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </AccountSection>
        );
      })}
    </>
  );
}
