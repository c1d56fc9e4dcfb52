import { formatFeedDayLong, formatFeedDayShort, type FeedDay } from '@/lib/dates/feed-day';
import { dayPeriod, weekPeriodOf, type Period } from '@/lib/dates/period';
import { periodPath } from '@/lib/papers/feed-paths';
import { getLatestFeedDay } from '@/lib/papers/queries';

export type DigestKind = 'daily' | 'weekly';

/** One edition of the digest: a day (daily) or the ISO week around a day (weekly). */
export interface DigestEdition {
  kind: DigestKind;
  /** daily:2025-09-04 or weekly:2025-W36: the identity that makes sending exactly-once. */
  key: string;
  period: string;
  start: FeedDay;
  end: FeedDay;
  /** "Thu Sep 4" or "week of Sep 1", for the subject line. */
  shortLabel: string;
  /** "Thu, Sep 4, 2025" or "Sep 1 – Sep 7, 2025", for the email's header. */
  longLabel: string;
  /** The list the edition is the top of: the day's or the week's page. */
  list: Period;
  /** That page, whose first papers the edition sends. */
  path: string;
}

export function dailyEdition(day: FeedDay): DigestEdition {
  const list = dayPeriod(day);
  return {
    kind: 'daily',
    key: `daily:${day}`,
    period: day,
    start: day,
    end: day,
    shortLabel: formatFeedDayLong(day).replace(/,\s\d{4}$/, '').replace(',', ''),
    longLabel: formatFeedDayLong(day),
    list,
    path: periodPath(list),
  };
}

export function weeklyEdition(day: FeedDay): DigestEdition {
  const list = weekPeriodOf(day);
  const { start, end } = list;
  return {
    kind: 'weekly',
    key: `weekly:${list.key}`,
    period: list.key,
    start,
    end,
    shortLabel: `week of ${formatFeedDayShort(start)}`,
    longLabel: `${formatFeedDayShort(start)} – ${formatFeedDayShort(end)}, ${end.slice(0, 4)}`,
    list,
    path: periodPath(list),
  };
}

/** The edition to send: for the given day, or else the latest day that has papers. */
export async function resolveEdition(kind: DigestKind, day?: FeedDay): Promise<DigestEdition | null> {
  const anchor = day ?? (await getLatestFeedDay());
  if (!anchor) return null;
  return kind === 'daily' ? dailyEdition(anchor) : weeklyEdition(anchor);
}
