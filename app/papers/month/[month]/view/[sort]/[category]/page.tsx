import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/papers/list-page';
import { listRouteMetadata } from '@/lib/papers/list-metadata';
import { resolveListRoute } from '@/lib/papers/list-route';

// A sorted or filtered month (?sort=&category= rewritten here by next.config.mjs), cached
// like the plain month. docs/decisions/006.
export const revalidate = 3600;

export function generateStaticParams(): { month: string; sort: string; category: string }[] {
  return [];
}

type Props = { params: Promise<{ month: string; sort: string; category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { month, ...variant } = await params;
  return listRouteMetadata('month', month, variant);
}

export default async function MonthVariantPage({ params }: Props) {
  const { month, ...variant } = await params;
  const route = resolveListRoute('month', month, variant);
  if (!route) notFound();
  return <ListPage route={route} />;
}
