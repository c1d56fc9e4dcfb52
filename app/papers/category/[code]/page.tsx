import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedPage } from '@/components/layout/feed-page';
import { CategoryView } from '@/components/papers/category-view';
import { listCategoryPage } from '@/lib/papers/category-queries';
import { buildCategoryMetadata, resolveCategoryRoute } from '@/lib/papers/category-route';
import { categoryPath } from '@/lib/papers/feed-paths';

export const revalidate = 3600;

export function generateStaticParams(): { code: string }[] {
  return [];
}

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = resolveCategoryRoute((await params).code);
  return route ? buildCategoryMetadata(route.code, route.page) : {};
}

export default async function CategoryPage({ params }: Props) {
  const route = resolveCategoryRoute((await params).code);
  if (!route) notFound();
  const data = await listCategoryPage(route.code, route.page);
  return (
    <FeedPage path={categoryPath(route.code)}>
      <CategoryView code={route.code} page={route.page} data={data} />
    </FeedPage>
  );
}
