import { monthPeriodOf, weekPeriodOf } from '@/lib/dates/period';
import { absoluteUrl } from '@/lib/site-url';
import { isKnownCategory } from './arxiv-taxonomy';
import { categoryPath, dayPath, periodPath } from './feed-paths';
import { paperPath } from './paper-ref';
import { listListedDays, listPaperSlugs, listUsedCategories } from './sitemap-queries';

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
}

/**
 * Sitemap 0 holds the list pages (home, days, weeks, months, categories: a few thousand even
 * after decades); sitemaps 1… hold the papers, 10,000 each.
 */
export async function buildSitemapEntries(id: number): Promise<SitemapEntry[]> {
  if (id > 0) {
    const papers = await listPaperSlugs(id - 1);
    return papers.map((paper) => ({ url: absoluteUrl(paperPath(paper.slug)), lastModified: paper.updatedAt }));
  }
  const [days, categories] = await Promise.all([listListedDays(), listUsedCategories()]);
  const periods = new Set<string>();
  for (const day of days) {
    periods.add(periodPath(weekPeriodOf(day)));
    periods.add(periodPath(monthPeriodOf(day)));
  }
  return [
    { url: absoluteUrl('/') },
    ...days.map((day) => ({ url: absoluteUrl(dayPath(day)) })),
    ...[...periods].map((path) => ({ url: absoluteUrl(path) })),
    ...categories.filter(isKnownCategory).map((code) => ({ url: absoluteUrl(categoryPath(code)) })),
  ];
}
