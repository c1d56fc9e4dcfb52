import Link from 'next/link';
import { todayUtc, type FeedDay } from '@/lib/dates/feed-day';
import { monthPeriodOf, weekPeriodOf, type PeriodKind } from '@/lib/dates/period';
import { dayPath, periodPath } from '@/lib/papers/feed-paths';
import { cn } from '@/lib/utils/cn';

export interface ViewTabsState {
  current: PeriodKind;
  /** The day the tabs lead from: Weekly opens its week, Monthly its month. */
  day: FeedDay;
}

const TABS: { kind: PeriodKind; label: string }[] = [
  { kind: 'day', label: 'Daily' },
  { kind: 'week', label: 'Weekly' },
  { kind: 'month', label: 'Monthly' },
];

function tabHref(kind: PeriodKind, day: FeedDay): string {
  if (kind === 'day') return dayPath(day);
  return periodPath(kind === 'week' ? weekPeriodOf(day) : monthPeriodOf(day));
}

/** The list pages' title block, as on the page Daily Papers started from, with its view tabs. */
export function FeedHero({ tabs }: { tabs?: ViewTabsState }) {
  return (
    <div className="mx-auto flex max-w-4xl flex-wrap items-end justify-between gap-4 px-4 pt-8 sm:px-6 sm:pt-10">
      <div>
        <h1 className="text-3xl font-extrabold tracking-tight text-neutral-950 sm:text-4xl dark:text-white">Daily Papers</h1>
        <p className="mt-1 text-neutral-600 dark:text-neutral-400">by AK and the research community</p>
      </div>
      {tabs && (
        <nav aria-label="Views">
          <ul className="flex rounded-lg border border-neutral-300 bg-white p-0.5 text-sm font-semibold dark:border-neutral-700 dark:bg-neutral-900">
            {TABS.map(({ kind, label }) => {
              const active = kind === tabs.current;
              const day = tabs.day > todayUtc() ? todayUtc() : tabs.day;
              return (
                <li key={kind}>
                  <Link
                    href={tabHref(kind, day)}
                    aria-current={active ? 'page' : undefined}
                    className={cn(
                      'block rounded-md px-3 py-1.5',
                      active
                        ? 'bg-neutral-900 text-white dark:bg-amber-300 dark:text-neutral-950'
                        : 'text-neutral-700 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800',
                    )}
                  >
                    {label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </div>
  );
}
