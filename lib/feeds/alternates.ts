import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { categoryPath } from '@/lib/papers/feed-paths';

/**
 * `<link rel="alternate">` entries (metadata.alternates.types) that let feed readers discover
 * the feeds from any page. Next replaces, not merges, a parent's `alternates`, so every page
 * that sets a canonical URL spreads these in too.
 */
export function feedAlternateTypes(category?: string | null) {
  const feeds = {
    'application/rss+xml': [{ url: '/feed.xml', title: 'Daily Papers (RSS)' }],
    'application/atom+xml': [{ url: '/atom.xml', title: 'Daily Papers (Atom)' }],
  };
  if (category) {
    feeds['application/rss+xml'].push({ url: `${categoryPath(category)}/feed.xml`, title: `${categoryName(category) ?? category} papers (RSS)` });
  }
  return feeds;
}
