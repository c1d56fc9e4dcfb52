import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/papers/list-page';
import { listRouteMetadata } from '@/lib/papers/list-metadata';
import { resolveListRoute } from '@/lib/papers/list-route';

// A sorted or filtered day (/papers/date/D?sort=&category= is rewritten here by
// next.config.mjs): cached like the plain day. docs/decisions/006.
export const revalidate = 3600;

export function generateStaticParams(): { date: string; sort: string; category: string }[] {
  return [];
}

type Props = { params: Promise<{ date: string; sort: string; category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date, ...variant } = await params;
  return listRouteMetadata('day', date, variant);
}

export default async function DayVariantPage({ params }: Props) {
  const { date, ...variant } = await params;
  const route = resolveListRoute('day', date, variant);
  if (!route) notFound();
  return <ListPage route={route} />;
}
