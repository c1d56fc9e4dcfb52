import { addDays, feedDayToDate, toFeedDay, type FeedDay } from './feed-day';

/** An ISO 8601 week, written `2025-W36`: weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  year: number;
  week: number;
}

const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function mondayBased(day: FeedDay): number {
  return (feedDayToDate(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
}

export function isoWeekOf(day: FeedDay): IsoWeek {
  // A week belongs to the year its Thursday is in; its number counts Thursdays from Jan 1.
  const thursday = addDays(day, 3 - mondayBased(day));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (feedDayToDate(thursday).getTime() - feedDayToDate(`${year}-01-01` as FeedDay).getTime()) / MS_PER_DAY;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday to Sunday of an ISO week. */
export function isoWeekDays({ year, week }: IsoWeek): { start: FeedDay; end: FeedDay } {
  const jan4 = `${year}-01-04` as FeedDay; // always in week 1
  const start = addDays(addDays(jan4, -mondayBased(jan4)), (week - 1) * 7);
  return { start, end: addDays(start, 6) };
}

/** Parses `2025-W36`; null for a week the year does not have (W00, W54, W53 of a 52-week year). */
export function parseIsoWeek(value: string): IsoWeek | null {
  const match = ISO_WEEK_PATTERN.exec(value);
  if (!match) return null;
  const candidate = { year: Number(match[1]), week: Number(match[2]) };
  if (candidate.week < 1 || candidate.week > 53) return null;
  const back = isoWeekOf(isoWeekDays(candidate).start);
  return back.year === candidate.year && back.week === candidate.week ? back : null;
}

export function todayIsoWeek(now: Date = new Date()): IsoWeek {
  return isoWeekOf(toFeedDay(now));
}
