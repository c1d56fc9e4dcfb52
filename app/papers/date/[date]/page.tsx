import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/papers/list-page';
import { listRouteMetadata } from '@/lib/papers/list-metadata';
import { resolveListRoute } from '@/lib/papers/list-route';

export const revalidate = 3600;

// Rendered on first request, then cached: nothing is prerendered at build time, so a build
// needs no database and a catalogue of decades costs nothing to deploy.
export function generateStaticParams(): { date: string }[] {
  return [];
}

type Props = { params: Promise<{ date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  return listRouteMetadata('day', date);
}

export default async function DayPage({ params }: Props) {
  const { date } = await params;
  const route = resolveListRoute('day', date);
  if (!route) notFound();
  return <ListPage route={route} />;
}
