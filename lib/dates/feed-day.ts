/**
 * Feed days are calendar dates written `YYYY-MM-DD`, never instants. Which calendar day is
 * "today" is decided in UTC: arXiv announces and Hugging Face lists papers on UTC days, so a
 * reader in Tokyo and one in California see the same "today".
 */
export type FeedDay = string & { readonly __brand: 'FeedDay' };

const FEED_DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first day any paper can be listed on: arXiv's first announcements (August 1991). */
export const FIRST_FEED_DAY = '1991-08-01' as FeedDay;

const MS_PER_DAY = 86_400_000;

/** Parses a real calendar date in `YYYY-MM-DD` form; anything else (2025-13-45, 2025-02-30) is null. */
export function parseCalendarDate(value: string): FeedDay | null {
  const match = FEED_DAY_PATTERN.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Date.UTC rolls 2025-02-30 over to March 2nd; a round trip catches every impossible date.
  if (toFeedDay(date) !== value) return null;
  return value as FeedDay;
}

/**
 * Parses a day a reader may open: a real calendar date between arXiv's first day and today
 * (UTC). Future days cannot have papers yet, so they are as unknown as `2025-13-45`.
 */
export function parseFeedDay(value: string, now: Date = new Date()): FeedDay | null {
  const day = parseCalendarDate(value);
  if (!day) return null;
  if (day < FIRST_FEED_DAY || day > todayUtc(now)) return null;
  return day;
}

export function toFeedDay(date: Date): FeedDay {
  return date.toISOString().slice(0, 10) as FeedDay;
}

export function todayUtc(now: Date = new Date()): FeedDay {
  return toFeedDay(now);
}

export function feedDayToDate(day: FeedDay): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: FeedDay, days: number): FeedDay {
  return toFeedDay(new Date(feedDayToDate(day).getTime() + days * MS_PER_DAY));
}

const LONG_FORMAT = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

const SHORT_FORMAT = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Thu, Sep 4, 2025" */
export function formatFeedDayLong(day: FeedDay): string {
  return LONG_FORMAT.format(feedDayToDate(day));
}

/** "Sep 4" */
export function formatFeedDayShort(day: FeedDay): string {
  return SHORT_FORMAT.format(feedDayToDate(day));
}

const INSTANT_FORMAT = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Jul 18, 2024" for an instant, read in UTC so the server's zone never shifts it. */
export function formatInstantDate(date: Date): string {
  return INSTANT_FORMAT.format(date);
}
