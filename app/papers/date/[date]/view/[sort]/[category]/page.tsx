import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedPage } from '@/components/layout/feed-page';
import { DayView } from '@/components/papers/day-view';
import { dayPath } from '@/lib/papers/feed-paths';
import { buildListMetadata } from '@/lib/papers/list-metadata';
import { loadPeriodList } from '@/lib/papers/list-queries';
import { resolveListRoute } from '@/lib/papers/list-route';
import { getAdjacentFeedDays } from '@/lib/papers/queries';

// A sorted or filtered day (/papers/date/D?sort=&category= is rewritten here by
// next.config.mjs): cached like the plain day. docs/decisions/006.
export const revalidate = 3600;

export function generateStaticParams(): { date: string; sort: string; category: string }[] {
  return [];
}

type Props = { params: Promise<{ date: string; sort: string; category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date, ...variant } = await params;
  const route = resolveListRoute('day', date, variant);
  return route ? buildListMetadata(route.period, route.options) : {};
}

export default async function DayVariantPage({ params }: Props) {
  const { date, ...variant } = await params;
  const route = resolveListRoute('day', date, variant);
  if (!route) notFound();
  const day = route.period.start;
  const [{ papers, categories }, adjacent] = await Promise.all([loadPeriodList(route.period, route.options), getAdjacentFeedDays(day)]);
  return (
    <FeedPage path={dayPath(day)} tabs={{ current: 'day', day }}>
      <DayView day={day} papers={papers} adjacent={adjacent} options={route.options} categories={categories} />
    </FeedPage>
  );
}
