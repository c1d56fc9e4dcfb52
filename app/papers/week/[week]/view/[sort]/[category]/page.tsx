import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedPage } from '@/components/layout/feed-page';
import { PeriodView } from '@/components/papers/period-view';
import { todayUtc } from '@/lib/dates/feed-day';
import { periodPath } from '@/lib/papers/feed-paths';
import { buildListMetadata } from '@/lib/papers/list-metadata';
import { loadPeriodList } from '@/lib/papers/list-queries';
import { resolveListRoute } from '@/lib/papers/list-route';

// A sorted or filtered week (?sort=&category= rewritten here by next.config.mjs), cached
// like the plain one. docs/decisions/006.
export const revalidate = 3600;

export function generateStaticParams(): { week: string; sort: string; category: string }[] {
  return [];
}

type Props = { params: Promise<{ week: string; sort: string; category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week, ...variant } = await params;
  const route = resolveListRoute('week', week, variant);
  return route ? buildListMetadata(route.period, route.options) : {};
}

export default async function WeekVariantPage({ params }: Props) {
  const { week, ...variant } = await params;
  const route = resolveListRoute('week', week, variant);
  if (!route) notFound();
  const { papers, categories } = await loadPeriodList(route.period, route.options);
  const today = todayUtc();
  return (
    <FeedPage path={periodPath(route.period)} tabs={{ current: 'week', day: route.period.end < today ? route.period.end : today }}>
      <PeriodView period={route.period} papers={papers} options={route.options} categories={categories} />
    </FeedPage>
  );
}
