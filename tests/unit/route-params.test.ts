import { describe, expect, it } from 'vitest';
import { refusedPath } from '@/lib/http/refused-path';
import { resolveCategoryRoute } from '@/lib/papers/category-route';
import { parseListOptions } from '@/lib/papers/list-options';
import { resolveListRoute } from '@/lib/papers/list-route';

// Route params as Next hands them over: already decoded, so `/papers/date/%25` arrives as `%`.
const HOSTILE = ['%', '%E0%A4%A', '%zz', '\u0000', '../../etc/passwd', '<script>alert(1)</script>', '-1', '99999999999999999999', '1e309', 'NaN', 'x'.repeat(20_000), '日本語', '\uD800'];

describe('list route params (day, week, month and their variants)', () => {
  it.each(HOSTILE)('refuses %j as a period or a variant (a 404), without throwing', (value) => {
    for (const kind of ['day', 'week', 'month'] as const) {
      expect(resolveListRoute(kind, value)).toBeNull();
      expect(resolveListRoute(kind, '2025-09-04', { sort: value, category: 'all' })).toBeNull();
      expect(resolveListRoute(kind, '2025-09-04', { sort: 'top', category: value })).toBeNull();
    }
    expect(parseListOptions('top', value)).toBeNull();
    expect(parseListOptions(value, 'all')).toBeNull();
  });

  it('still reads the URLs it serves', () => {
    expect(resolveListRoute('day', '2025-09-04', { sort: 'newest', category: 'cs.LG' })).toMatchObject({
      period: { kind: 'day', key: '2025-09-04' },
      options: { sort: 'newest', category: 'cs.LG' },
    });
    expect(resolveListRoute('week', '2025-W36')?.period.key).toBe('2025-W36');
    expect(parseListOptions('upvotes', 'all')).toEqual({ sort: 'upvotes', category: null });
  });
});

describe('category route params', () => {
  it.each(HOSTILE)('refuses %j as a category code or page number (a 404), without throwing', (value) => {
    expect(resolveCategoryRoute(value)).toBeNull();
    expect(resolveCategoryRoute('cs.LG', value)).toBeNull();
  });

  it('still reads the URLs it serves', () => {
    expect(resolveCategoryRoute('cs.LG')).toEqual({ code: 'cs.LG', page: 1 });
    expect(resolveCategoryRoute('hep-th', '3')).toEqual({ code: 'hep-th', page: 3 });
    expect(resolveCategoryRoute('cs.LG', '401')).toBeNull();
  });
});

describe('refusedPath (answered by the server before Next, which answers 500 or logs an error)', () => {
  it.each(['/papers/date/%', '/papers/%E0%A4%A', '/papers/category/%zz/feed.xml', '/og/papers/%C0%AF', '/papers/%ED%A0%80?q=1', '/papers/month/%00', '/papers/x%00y'])('%s is a 400', (url) => {
    expect(refusedPath(url)?.status).toBe(400);
  });

  it('a segment longer than any of ours is a 404', () => {
    expect(refusedPath(`/papers/date/${'A'.repeat(4000)}`)?.status).toBe(404);
    expect(refusedPath(`/papers/${'a'.repeat(100)}`)).toBeNull();
  });

  it.each(['/', '/papers/date/%25', '/papers/hep-th%2F9608091', '/search?q=%', '/search?q=%E0%A4%A', '/search?q=%00', `/search?q=${'a'.repeat(4000)}`, '/papers/%E6%97%A5'])('%s passes', (url) => {
    expect(refusedPath(url)).toBeNull();
  });
});

describe('API query values PostgreSQL would refuse', () => {
  it('a NUL in ?submitter= is a 400 error message, not a query', async () => {
    const { parseDailyPapersQuery } = await import('@/lib/api/daily-papers-query');
    for (const submitter of ['\u0000', 'x\u0000y']) {
      const parsed = parseDailyPapersQuery(new URLSearchParams({ submitter }));
      expect(parsed).toEqual({ ok: false, error: 'submitter must not contain NUL' });
    }
  });
});
