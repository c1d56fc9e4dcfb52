import type { FeedDay } from '@/lib/dates/feed-day';
import type { Period } from '@/lib/dates/period';
import type { ListOptions } from './list-options';

export function dayPath(day: FeedDay): string {
  return `/papers/date/${day}`;
}

const PERIOD_SEGMENT = { day: 'date', week: 'week', month: 'month' } as const;

/** `/papers/date/2025-09-04`, `/papers/week/2025-W36`, `/papers/month/2025-09`. */
export function periodPath(period: Pick<Period, 'kind' | 'key'>): string {
  return `/papers/${PERIOD_SEGMENT[period.kind]}/${period.key}`;
}

export function categoryPath(code: string, page = 1): string {
  return `/papers/category/${encodeURIComponent(code)}${page > 1 ? `/p/${page}` : ''}`;
}

/**
 * The public URL of a list as the reader chose it: `?sort=` and `?category=` on the period's
 * path (next.config.mjs rewrites these to cached variant pages; see docs/decisions/006).
 */
export function listHref(path: string, options: ListOptions): string {
  const params = new URLSearchParams();
  if (options.sort !== 'top') params.set('sort', options.sort);
  if (options.category) params.set('category', options.category);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

/** A paper's social image (app/og/papers/[...id]/route.tsx). */
export function paperImagePath(paperPagePath: string): string {
  return `/og${paperPagePath}`;
}
