import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { categoryPath } from '@/lib/papers/feed-paths';
import { absoluteUrl } from '@/lib/site-url';
import { listFeedItems } from './queries';
import type { Feed } from './types';

/** An empty feed still needs an `updated`: the epoch says "nothing yet" without inventing a date. */
function latest(items: Feed['items']): Date {
  return items[0]?.date ?? new Date(0);
}

export async function loadSiteFeed(selfPath: string): Promise<Feed> {
  const items = await listFeedItems();
  return {
    title: 'Daily Papers',
    description: 'Trending research papers, day by day: titles, authors and abstracts.',
    siteUrl: absoluteUrl('/'),
    selfUrl: absoluteUrl(selfPath),
    updated: latest(items),
    items,
  };
}

export async function loadCategoryFeed(code: string): Promise<Feed> {
  const items = await listFeedItems({ category: code });
  const name = categoryName(code) ?? code;
  return {
    title: `Daily Papers: ${name} (${code})`,
    description: `Research papers in ${name} (arXiv ${code}), day by day.`,
    siteUrl: absoluteUrl(categoryPath(code)),
    selfUrl: absoluteUrl(`${categoryPath(code)}/feed.xml`),
    updated: latest(items),
    items,
  };
}
