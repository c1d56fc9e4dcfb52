import type { Metadata } from 'next';
import { formatPeriod, type Period, type PeriodKind } from '@/lib/dates/period';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { categoryName } from './arxiv-taxonomy';
import { periodPath } from './feed-paths';
import type { ListOptions } from './list-options';
import { resolveListRoute } from './list-route';

/**
 * Title, description and canonical URL of a list page. Sorted and filtered variants name the
 * plain period page as canonical: the same papers, so search engines index one page.
 */
export function buildListMetadata(period: Period, options: ListOptions): Metadata {
  const label = formatPeriod(period);
  const category = options.category ? categoryName(options.category) : null;
  const what = category ? `${category} papers` : 'Papers';
  const title = period.kind === 'day' ? `${what} of ${label}` : `${what} of ${label}, best first`;
  return {
    title,
    description:
      period.kind === 'day'
        ? `Research papers listed on ${label}: titles, authors and abstracts.`
        : `The most upvoted research papers of ${label}: titles, authors and abstracts.`,
    alternates: { canonical: periodPath(period), types: feedAlternateTypes(options.category) },
  };
}

/** The metadata of a list URL (day, week or month, maybe sorted or filtered); none for a 404. */
export function listRouteMetadata(kind: PeriodKind, value: string, variant?: { sort: string; category: string }): Metadata {
  const route = resolveListRoute(kind, value, variant);
  return route ? buildListMetadata(route.period, route.options) : {};
}
