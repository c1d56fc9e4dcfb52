import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/papers/list-page';
import { listRouteMetadata } from '@/lib/papers/list-metadata';
import { resolveListRoute } from '@/lib/papers/list-route';

// A sorted or filtered week (?sort=&category= rewritten here by next.config.mjs), cached
// like the plain week. docs/decisions/006.
export const revalidate = 3600;

export function generateStaticParams(): { week: string; sort: string; category: string }[] {
  return [];
}

type Props = { params: Promise<{ week: string; sort: string; category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week, ...variant } = await params;
  return listRouteMetadata('week', week, variant);
}

export default async function WeekVariantPage({ params }: Props) {
  const { week, ...variant } = await params;
  const route = resolveListRoute('week', week, variant);
  if (!route) notFound();
  return <ListPage route={route} />;
}
