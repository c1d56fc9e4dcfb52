import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedPage } from '@/components/layout/feed-page';
import { DayView } from '@/components/papers/day-view';
import { dayPath } from '@/lib/papers/feed-paths';
import { buildListMetadata } from '@/lib/papers/list-metadata';
import { loadPeriodList } from '@/lib/papers/list-queries';
import { resolveListRoute } from '@/lib/papers/list-route';
import { getAdjacentFeedDays } from '@/lib/papers/queries';

export const revalidate = 3600;

// Rendered on first request, then cached: no day is prerendered at build time, so a build
// needs no database and a catalogue of decades costs nothing to deploy.
export function generateStaticParams(): { date: string }[] {
  return [];
}

type Props = { params: Promise<{ date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = resolveListRoute('day', (await params).date);
  return route ? buildListMetadata(route.period, route.options) : {};
}

export default async function DayPage({ params }: Props) {
  const route = resolveListRoute('day', (await params).date);
  if (!route) notFound();
  const day = route.period.start;
  const [{ papers, categories }, adjacent] = await Promise.all([loadPeriodList(route.period, route.options), getAdjacentFeedDays(day)]);
  return (
    <FeedPage path={dayPath(day)} tabs={{ current: 'day', day }}>
      <DayView day={day} papers={papers} adjacent={adjacent} options={route.options} categories={categories} />
    </FeedPage>
  );
}
