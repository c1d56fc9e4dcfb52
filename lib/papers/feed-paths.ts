import type { FeedDay } from '@/lib/dates/feed-day';

export function dayPath(day: FeedDay): string {
  return `/papers/date/${day}`;
}
