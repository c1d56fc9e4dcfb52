/**
 * Benchmark catalogues: the ingest benchmark's snapshot lines, re-dated so the first version of
 * paper n falls on the n/25-th weekday before LAST_DAY. The snapshot importer lists a paper on
 * the UTC day of its first version, so every catalogue has ~25 papers a weekday (Hugging Face's
 * daily list is about that size), the newest days are the same at every size, and a million
 * papers reach back over a century of weekdays.
 */
import { rfc1123, snapshotLine } from './snapshot-lines';

export const PAPERS_PER_DAY = 25;
/** A Friday: the newest listed day of every catalogue. */
export const LAST_DAY = '2025-09-05';
const DAY_MS = 86_400_000;

/** The weekday `index` weekdays before LAST_DAY, as a UTC midnight. */
export function weekdayBefore(index: number): Date {
  const weeks = Math.floor(index / 5);
  let date = new Date(Date.parse(`${LAST_DAY}T00:00:00Z`) - weeks * 7 * DAY_MS);
  for (let left = index % 5; left > 0; ) {
    date = new Date(date.getTime() - DAY_MS);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left -= 1;
  }
  return date;
}

export function listingDay(n: number): string {
  return weekdayBefore(Math.floor(n / PAPERS_PER_DAY)).toISOString().slice(0, 10);
}

/** The n-th catalogue line: snapshot line n with its versions moved to its listing day. */
export function catalogueLine(n: number): string {
  const record = JSON.parse(snapshotLine(n)) as { id: string; versions: { created: string }[]; update_date: string | null };
  // Spread submissions over the day (0-23 h UTC), later versions a month apart as before.
  const first = weekdayBefore(Math.floor(n / PAPERS_PER_DAY)).getTime() + (n % 24) * 3_600_000;
  record.versions = record.versions.map((version, index) => ({ ...version, created: rfc1123(new Date(first + index * 30 * DAY_MS)) }));
  record.update_date = record.versions.at(-1)?.created.slice(5, 16) ?? null;
  return JSON.stringify(record);
}

/** The arXiv id of paper n (old-style ids contain a slash). */
export function paperId(n: number): string {
  return (JSON.parse(snapshotLine(n)) as { id: string }).id;
}
