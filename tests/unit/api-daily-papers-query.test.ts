import { describe, expect, it } from 'vitest';
import { parseDailyPapersQuery } from '@/lib/api/daily-papers-query';

const NOW = new Date('2025-09-10T12:00:00Z');

function parse(query: string) {
  return parseDailyPapersQuery(new URLSearchParams(query), NOW);
}

function errorOf(query: string): string {
  const result = parse(query);
  if (result.ok) throw new Error(`expected ${query} to be rejected`);
  return result.error;
}

describe('GET /api/daily_papers parameters', () => {
  it('defaults to the latest day, 50 items, page 0, listing order', () => {
    expect(parse('')).toEqual({ ok: true, query: { period: null, sort: 'listing', submitter: null, limit: 50, page: 0 } });
  });

  it('date names one calendar day', () => {
    expect(parse('date=2025-09-04')).toMatchObject({ ok: true, query: { period: { kind: 'day', start: '2025-09-04', end: '2025-09-04' } } });
  });

  it('a date after today (UTC) is an error, today is not', () => {
    expect(errorOf('date=2025-09-11')).toMatch(/date must not be after today/);
    expect(parse('date=2025-09-10').ok).toBe(true);
  });

  it('an impossible or malformed date is an error', () => {
    expect(errorOf('date=2025-02-30')).toMatch(/date must be written YYYY-MM-DD/);
    expect(errorOf('date=20250904')).toMatch(/YYYY-MM-DD/);
  });

  it('week is an ISO week, Monday to Sunday', () => {
    expect(parse('week=2025-W36')).toMatchObject({ ok: true, query: { period: { kind: 'week', start: '2025-09-01', end: '2025-09-07' } } });
  });

  it('a week the year does not have is an error', () => {
    expect(errorOf('week=2025-W54')).toMatch(/week must be written/);
    expect(errorOf('week=2025-W53')).toMatch(/week must be written/); // 2025 has 52 ISO weeks
  });

  it('a week that has not begun is an error; the current week is fine', () => {
    expect(errorOf('week=2025-W38')).toMatch(/must not be after today/);
    expect(parse('week=2025-W37').ok).toBe(true);
  });

  it('month is a calendar month; month 13 and future months are errors', () => {
    expect(parse('month=2025-02')).toMatchObject({ ok: true, query: { period: { start: '2025-02-01', end: '2025-02-28' } } });
    expect(errorOf('month=2025-13')).toMatch(/month must be written YYYY-MM/);
    expect(errorOf('month=2025-10')).toMatch(/must not be after today/);
  });

  it('at most one of date, week and month', () => {
    expect(errorOf('date=2025-09-04&week=2025-W36')).toMatch(/at most one/);
  });

  it('limit is 1 to 100: 100 passes, 0 and 101 are errors', () => {
    expect(parse('limit=100')).toMatchObject({ ok: true, query: { limit: 100 } });
    expect(errorOf('limit=101')).toMatch(/limit must be between 1 and 100/);
    expect(errorOf('limit=0')).toMatch(/limit must be between 1 and 100/);
    expect(errorOf('limit=ten')).toMatch(/limit must be an integer/);
  });

  it('p is a 0-based page number', () => {
    expect(parse('p=3')).toMatchObject({ ok: true, query: { page: 3 } });
    expect(errorOf('p=-1')).toMatch(/p must be an integer/);
  });

  it('sort is publishedAt or trending; anything else is an error', () => {
    expect(parse('sort=publishedAt')).toMatchObject({ ok: true, query: { sort: 'publishedAt' } });
    expect(parse('sort=trending')).toMatchObject({ ok: true, query: { sort: 'trending' } });
    expect(errorOf('sort=upvotes')).toMatch(/sort must be one of publishedAt, trending/);
  });

  it('submitter filters by who submitted the paper', () => {
    expect(parse('submitter=akhaliq')).toMatchObject({ ok: true, query: { submitter: 'akhaliq' } });
  });
});
