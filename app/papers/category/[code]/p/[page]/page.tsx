import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedPage } from '@/components/layout/feed-page';
import { CategoryView } from '@/components/papers/category-view';
import { listCategoryPage } from '@/lib/papers/category-queries';
import { buildCategoryMetadata, resolveCategoryRoute } from '@/lib/papers/category-route';
import { categoryPath } from '@/lib/papers/feed-paths';

// Older pages of a category, in the path (not ?page=) so each is cached like any list.
export const revalidate = 3600;

export function generateStaticParams(): { code: string; page: string }[] {
  return [];
}

type Props = { params: Promise<{ code: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, page } = await params;
  const route = resolveCategoryRoute(code, page);
  return route ? buildCategoryMetadata(route.code, route.page) : {};
}

export default async function CategoryArchivePage({ params }: Props) {
  const { code, page } = await params;
  const route = resolveCategoryRoute(code, page);
  if (!route || route.page === 1) notFound();
  const data = await listCategoryPage(route.code, route.page);
  if (data.days.length === 0) notFound();
  return (
    <FeedPage path={categoryPath(route.code, route.page)}>
      <CategoryView code={route.code} page={route.page} data={data} />
    </FeedPage>
  );
}
