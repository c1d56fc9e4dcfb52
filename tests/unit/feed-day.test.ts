import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatFeedDayLong,
  formatFeedDayShort,
  parseCalendarDate,
  parseFeedDay,
  todayUtc,
  type FeedDay,
} from '@/lib/dates/feed-day';

describe('parseFeedDay', () => {
  const now = new Date('2026-11-28T12:00:00Z');

  it('accepts a real calendar date up to today', () => {
    expect(parseFeedDay('2025-09-04', now)).toBe('2025-09-04');
    expect(parseFeedDay('2024-02-29', now)).toBe('2024-02-29');
    expect(parseFeedDay('2026-11-28', now)).toBe('2026-11-28');
  });

  it.each(['2025-13-45', '2025-02-29', '2023-02-30', '2025-04-31', 'yesterday', '2025-9-4', '20250904', '', ' 2025-09-04', '2025-09-04T00:00'])(
    'rejects %j',
    (value) => {
      expect(parseFeedDay(value, now)).toBeNull();
    },
  );

  it('rejects days in the future and before arXiv existed', () => {
    expect(parseFeedDay('9999-01-01', now)).toBeNull();
    expect(parseFeedDay('2026-11-29', now)).toBeNull();
    expect(parseFeedDay('1991-07-31', now)).toBeNull();
    expect(parseFeedDay('1991-08-01', now)).toBe('1991-08-01');
  });

  it('parseCalendarDate allows future dates but not impossible ones', () => {
    expect(parseCalendarDate('9999-01-01')).toBe('9999-01-01');
    expect(parseCalendarDate('2025-02-29')).toBeNull();
  });
});

describe('today in UTC', () => {
  it('is still the previous day one millisecond before UTC midnight', () => {
    expect(todayUtc(new Date('2025-09-04T23:59:59.999Z'))).toBe('2025-09-04');
    expect(todayUtc(new Date('2025-09-05T00:00:00.000Z'))).toBe('2025-09-05');
  });

  it('ignores the local offset: late evening in California is already tomorrow in UTC', () => {
    // 2025-09-04 18:30 in Los Angeles (UTC-7) is 01:30 on the 5th in UTC.
    expect(todayUtc(new Date('2025-09-04T18:30:00-07:00'))).toBe('2025-09-05');
  });

  it('a future day becomes valid exactly at UTC midnight', () => {
    expect(parseFeedDay('2025-09-05', new Date('2025-09-04T23:59:59Z'))).toBeNull();
    expect(parseFeedDay('2025-09-05', new Date('2025-09-05T00:00:00Z'))).toBe('2025-09-05');
  });
});

describe('day arithmetic across DST changes', () => {
  it('adds calendar days without drifting on DST weekends', () => {
    // US DST ended on 2025-11-02, EU DST started on 2025-03-30: neither may skip or repeat a day.
    expect(addDays('2025-11-01' as FeedDay, 1)).toBe('2025-11-02');
    expect(addDays('2025-11-02' as FeedDay, 1)).toBe('2025-11-03');
    expect(addDays('2025-03-30' as FeedDay, -1)).toBe('2025-03-29');
    expect(addDays('2024-02-28' as FeedDay, 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31' as FeedDay, 1)).toBe('2026-01-01');
  });
});

describe('formatting', () => {
  it('names the day as the page heading does', () => {
    expect(formatFeedDayLong('2025-09-04' as FeedDay)).toBe('Thu, Sep 4, 2025');
    expect(formatFeedDayShort('2025-09-04' as FeedDay)).toBe('Sep 4');
  });
});
