import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/papers/list-page';
import { listRouteMetadata } from '@/lib/papers/list-metadata';
import { resolveListRoute } from '@/lib/papers/list-route';

export const revalidate = 3600;

// Rendered on first request, then cached: nothing is prerendered at build time, so a build
// needs no database and a catalogue of decades costs nothing to deploy.
export function generateStaticParams(): { month: string }[] {
  return [];
}

type Props = { params: Promise<{ month: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { month } = await params;
  return listRouteMetadata('month', month);
}

export default async function MonthPage({ params }: Props) {
  const { month } = await params;
  const route = resolveListRoute('month', month);
  if (!route) notFound();
  return <ListPage route={route} />;
}
