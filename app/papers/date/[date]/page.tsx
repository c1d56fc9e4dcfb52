import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedPage } from '@/components/layout/feed-page';
import { DayView } from '@/components/papers/day-view';
import { formatFeedDayLong, parseFeedDay } from '@/lib/dates/feed-day';
import { dayPath } from '@/lib/papers/feed-paths';
import { getAdjacentFeedDays, listPapersForDay } from '@/lib/papers/queries';

export const revalidate = 3600;

// Rendered on first request, then cached: no day is prerendered at build time, so a build
// needs no database and a catalogue of decades costs nothing to deploy.
export function generateStaticParams(): { date: string }[] {
  return [];
}

type Props = { params: Promise<{ date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const day = parseFeedDay((await params).date);
  if (!day) return {};
  return {
    title: `Papers of ${formatFeedDayLong(day)}`,
    description: `Research papers listed on ${formatFeedDayLong(day)}: titles, authors and abstracts.`,
    alternates: { canonical: dayPath(day) },
  };
}

export default async function DayPage({ params }: Props) {
  const day = parseFeedDay((await params).date);
  if (!day) notFound();
  const [{ papers }, adjacent] = await Promise.all([listPapersForDay(day), getAdjacentFeedDays(day)]);
  return (
    <FeedPage path={dayPath(day)}>
      <DayView day={day} papers={papers} adjacent={adjacent} />
    </FeedPage>
  );
}
