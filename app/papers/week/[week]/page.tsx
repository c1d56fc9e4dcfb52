import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/papers/list-page';
import { listRouteMetadata } from '@/lib/papers/list-metadata';
import { resolveListRoute } from '@/lib/papers/list-route';

export const revalidate = 3600;

// Rendered on first request, then cached: nothing is prerendered at build time, so a build
// needs no database and a catalogue of decades costs nothing to deploy.
export function generateStaticParams(): { week: string }[] {
  return [];
}

type Props = { params: Promise<{ week: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week } = await params;
  return listRouteMetadata('week', week);
}

export default async function WeekPage({ params }: Props) {
  const { week } = await params;
  const route = resolveListRoute('week', week);
  if (!route) notFound();
  return <ListPage route={route} />;
}
