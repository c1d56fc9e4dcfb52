import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedPage } from '@/components/layout/feed-page';
import { PeriodView } from '@/components/papers/period-view';
import { todayUtc } from '@/lib/dates/feed-day';
import { periodPath } from '@/lib/papers/feed-paths';
import { buildListMetadata } from '@/lib/papers/list-metadata';
import { loadPeriodList } from '@/lib/papers/list-queries';
import { resolveListRoute } from '@/lib/papers/list-route';

export const revalidate = 3600;

export function generateStaticParams(): { month: string }[] {
  return [];
}

type Props = { params: Promise<{ month: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = resolveListRoute('month', (await params).month);
  return route ? buildListMetadata(route.period, route.options) : {};
}

export default async function MonthPage({ params }: Props) {
  const route = resolveListRoute('month', (await params).month);
  if (!route) notFound();
  const { papers, categories } = await loadPeriodList(route.period, route.options);
  const today = todayUtc();
  return (
    <FeedPage path={periodPath(route.period)} tabs={{ current: 'month', day: route.period.end < today ? route.period.end : today }}>
      <PeriodView period={route.period} papers={papers} options={route.options} categories={categories} />
    </FeedPage>
  );
}
