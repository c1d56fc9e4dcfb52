import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LINK, MUTED } from '@/components/accounts/account-styles';
import { FormMessage } from '@/components/accounts/form-message';
import { PeriodTabs } from '@/components/for-you/period-tabs';
import { RecommendationCard } from '@/components/for-you/recommendation-card';
import { signInPath } from '@/lib/accounts/paths';
import { getReader } from '@/lib/accounts/reader';
import { formatFeedDayShort } from '@/lib/dates/feed-day';
import { firstParam } from '@/lib/http/search-param';
import { buildForYou, FOR_YOU_PERIODS, type ForYouPeriod } from '@/lib/recommend/for-you';

// Per reader, per request: never cached (next.config.mjs sends `private, no-store`).
export const metadata: Metadata = { title: 'For you', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForYouPage({ searchParams }: Props) {
  const params = await searchParams;
  const period: ForYouPeriod = FOR_YOU_PERIODS.find((value) => value === firstParam(params.period)) ?? 'week';
  const pagePath = period === 'week' ? '/for-you' : `/for-you?period=${period}`;
  const reader = await getReader(await headers());
  if (!reader) redirect(signInPath(pagePath));
  const forYou = await buildForYou(reader.id, period);
  const range = forYou.start && forYou.end ? (forYou.start === forYou.end ? formatFeedDayShort(forYou.end) : `${formatFeedDayShort(forYou.start)} – ${formatFeedDayShort(forYou.end)}`) : null;
  const noSignal = forYou.followCount === 0 && forYou.likedCount === 0;
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-5 px-4 py-8 sm:px-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-neutral-950 dark:text-white">For you</h1>
        <p className={MUTED}>
          New papers that match what you{' '}
          <Link href="/following" prefetch={false} className={LINK}>
            follow
          </Link>{' '}
          and papers like the ones you upvoted or saved{range ? `, listed ${range}` : ''}. Each says why.
        </p>
        <PeriodTabs current={period} />
      </header>
      <FormMessage error={firstParam(params.error)} notice={firstParam(params.notice)} />
      <section aria-labelledby="recommended-heading">
        <h2 id="recommended-heading" className="text-lg font-semibold text-neutral-900 dark:text-neutral-50">
          Recommended
        </h2>
        {forYou.items.length === 0 ? (
          <p className="mt-3 rounded-xl border border-dashed border-neutral-300 p-6 text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
            {noSignal
              ? 'Nothing yet: follow a category, an author or a search, or upvote a few of the papers below, and recommendations appear here.'
              : 'Nothing new for this period matches your follows or what you liked. Try a longer period.'}
          </p>
        ) : (
          <ol className="mt-3 flex flex-col gap-4">
            {forYou.items.map((item, index) => (
              <li key={item.paper.id}>
                <RecommendationCard paper={item.paper} position={index + 1} reasons={item.reasons} pagePath={pagePath} dismissable />
              </li>
            ))}
          </ol>
        )}
      </section>
      {forYou.trending.length > 0 && (
        <section aria-labelledby="trending-heading">
          <h2 id="trending-heading" className="text-lg font-semibold text-neutral-900 dark:text-neutral-50">
            {noSignal ? 'Start here: upvote a few papers you like' : 'Trending'}
          </h2>
          <ol className="mt-3 flex flex-col gap-4">
            {forYou.trending.map((paper, index) => (
              <li key={paper.id}>
                <RecommendationCard paper={paper} position={forYou.items.length + index + 1} pagePath={pagePath} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
