import { describe, expect, it } from 'vitest';
import type { FeedDay } from '@/lib/dates/feed-day';
import { formatPeriod, monthPeriodOf, parseMonth, parsePeriod, shiftPeriod, weekPeriodOf } from '@/lib/dates/period';
import { listRewrites } from '@/lib/papers/list-rewrites.mjs';
import { parseListOptions } from '@/lib/papers/list-options';

const NOW = new Date('2025-09-10T12:00:00Z');

describe('ISO weeks and months as list periods', () => {
  it('a week runs Monday to Sunday; week 1 holds the year’s first Thursday', () => {
    expect(parsePeriod('week', '2025-W36', NOW)).toEqual({ kind: 'week', key: '2025-W36', start: '2025-09-01', end: '2025-09-07' });
    expect(parsePeriod('week', '2026-W01', new Date('2026-01-10T00:00:00Z'))).toMatchObject({ start: '2025-12-29', end: '2026-01-04' });
    expect(weekPeriodOf('2027-01-01' as FeedDay).key).toBe('2026-W53');
  });

  it('weeks a year does not have are null: W00, W54, W53 of a 52-week year', () => {
    for (const value of ['2025-W00', '2025-W54', '2025-W53', '2025-W1', '2025W36']) expect(parsePeriod('week', value, NOW)).toBeNull();
    expect(parsePeriod('week', '2020-W53', NOW)).toMatchObject({ start: '2020-12-28', end: '2021-01-03' });
  });

  it('a month covers its days, February in leap years too; month 13 is null', () => {
    expect(parseMonth('2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    expect(parseMonth('2025-12')).toMatchObject({ start: '2025-12-01', end: '2025-12-31' });
    expect(parseMonth('2025-13')).toBeNull();
    expect(parseMonth('2025-00')).toBeNull();
    expect(monthPeriodOf('2025-09-04' as FeedDay).key).toBe('2025-09');
  });

  it('a period that has not begun is null; the current one is fine', () => {
    expect(parsePeriod('week', '2025-W37', NOW)).not.toBeNull();
    expect(parsePeriod('week', '2025-W38', NOW)).toBeNull();
    expect(parsePeriod('month', '2025-09', NOW)).not.toBeNull();
    expect(parsePeriod('month', '2025-10', NOW)).toBeNull();
    expect(parsePeriod('day', '2025-09-11', NOW)).toBeNull();
  });

  it('previous and next cross year ends, and there is no next after the current period', () => {
    const w1 = parsePeriod('week', '2026-W01', new Date('2026-02-01T00:00:00Z'));
    expect(w1 && shiftPeriod(w1, -1)?.key).toBe('2025-W52');
    const january = parseMonth('2025-01');
    expect(january && shiftPeriod(january, -1)?.key).toBe('2024-12');
    const current = parsePeriod('month', '2025-09', NOW);
    expect(current && shiftPeriod(current, 1, NOW)).toBeNull();
  });

  it('names periods for headings', () => {
    expect(formatPeriod(weekPeriodOf('2025-09-04' as FeedDay))).toBe('Week 36, 2025');
    expect(formatPeriod(monthPeriodOf('2025-09-04' as FeedDay))).toBe('September 2025');
  });
});

describe('list variants', () => {
  it('accept the three sorts and taxonomy categories only', () => {
    expect(parseListOptions('newest', 'cs.LG')).toEqual({ sort: 'newest', category: 'cs.LG' });
    expect(parseListOptions('upvotes', 'all')).toEqual({ sort: 'upvotes', category: null });
    expect(parseListOptions('best', 'all')).toBeNull();
    expect(parseListOptions('top', 'cs.XX')).toBeNull();
  });

  it('rewrite ?sort= and ?category= on day, week and month lists to cached paths', () => {
    const rewrites = listRewrites();
    expect(rewrites).toHaveLength(9);
    expect(rewrites[0]).toMatchObject({ source: '/papers/date/:period', destination: '/papers/date/:period/view/:sort/:category' });
  });
});
