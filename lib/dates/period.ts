import { addDays, FIRST_FEED_DAY, formatFeedDayLong, parseCalendarDate, parseFeedDay, todayUtc, type FeedDay } from './feed-day';
import { formatIsoWeek, isoWeekDays, isoWeekOf, parseIsoWeek } from './iso-week';

/**
 * A span of feed days a list page or the API covers: one day, an ISO week (`2025-W36`) or a
 * calendar month (`2025-09`). `key` is how the period is written in URLs.
 */
export type PeriodKind = 'day' | 'week' | 'month';

export interface Period {
  kind: PeriodKind;
  key: string;
  start: FeedDay;
  end: FeedDay;
}

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

const MONTH_FORMAT = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2025-09` → Sep 1 … Sep 30; null for `2025-13` or anything not written YYYY-MM. */
export function parseMonth(value: string): Period | null {
  const match = MONTH_PATTERN.exec(value);
  if (!match) return null;
  const start = parseCalendarDate(`${value}-01`);
  if (!start) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  const nextMonthStart = `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01` as FeedDay;
  return { kind: 'month', key: value, start, end: addDays(nextMonthStart, -1) };
}

export function dayPeriod(day: FeedDay): Period {
  return { kind: 'day', key: day, start: day, end: day };
}

export function weekPeriodOf(day: FeedDay): Period {
  const week = isoWeekOf(day);
  return { kind: 'week', key: formatIsoWeek(week), ...isoWeekDays(week) };
}

export function monthPeriodOf(day: FeedDay): Period {
  return parseMonth(day.slice(0, 7)) as Period;
}

/**
 * Parses a period a reader may open: it must exist (no W54, no month 13) and must have begun
 * by today (UTC); a period that ends before arXiv's first day is as unknown as a future one.
 */
export function parsePeriod(kind: PeriodKind, value: string, now: Date = new Date()): Period | null {
  let period: Period | null = null;
  if (kind === 'day') {
    const day = parseFeedDay(value, now);
    period = day ? dayPeriod(day) : null;
  } else if (kind === 'week') {
    const week = parseIsoWeek(value);
    period = week ? { kind, key: formatIsoWeek(week), ...isoWeekDays(week) } : null;
  } else {
    period = parseMonth(value);
  }
  if (!period || period.start > todayUtc(now) || period.end < FIRST_FEED_DAY) return null;
  return period;
}

/** The period before (-1) or after (+1); null when that one has not begun yet. */
export function shiftPeriod(period: Period, delta: -1 | 1, now: Date = new Date()): Period | null {
  const edge = delta < 0 ? addDays(period.start, -1) : addDays(period.end, 1);
  const next = period.kind === 'day' ? dayPeriod(edge) : period.kind === 'week' ? weekPeriodOf(edge) : monthPeriodOf(edge);
  if (next.start > todayUtc(now) || next.end < FIRST_FEED_DAY) return null;
  return next;
}

/** "Week 36, 2025 (Sep 1 – Sep 7)", "September 2025", "Thu, Sep 4, 2025". */
export function formatPeriod(period: Period): string {
  if (period.kind === 'day') return formatFeedDayLong(period.start);
  if (period.kind === 'month') return MONTH_FORMAT.format(new Date(`${period.start}T00:00:00Z`));
  const [year, week] = period.key.split('-W');
  return `Week ${Number(week)}, ${year}`;
}
