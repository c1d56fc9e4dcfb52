import Link from 'next/link';
import { FOR_YOU_PERIODS, type ForYouPeriod } from '@/lib/recommend/for-you';
import { cn } from '@/lib/utils/cn';

const LABELS: Record<ForYouPeriod, string> = { day: 'Latest day', week: 'Past week', month: 'Past month' };

/** Day / week / month: plain links, so the choice is in the URL (?period=). */
export function PeriodTabs({ current }: { current: ForYouPeriod }) {
  return (
    <nav aria-label="Period" className="flex flex-wrap gap-2">
      {FOR_YOU_PERIODS.map((period) => (
        <Link
          key={period}
          href={period === 'week' ? '/for-you' : `/for-you?period=${period}`}
          prefetch={false}
          aria-current={period === current ? 'page' : undefined}
          className={cn(
            'rounded-full border px-3 py-1 text-sm font-medium',
            period === current
              ? 'border-amber-700 bg-amber-700 text-white dark:border-amber-300 dark:bg-amber-300 dark:text-neutral-950'
              : 'border-neutral-300 text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800',
          )}
        >
          {LABELS[period]}
        </Link>
      ))}
    </nav>
  );
}
