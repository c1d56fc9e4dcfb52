import { z } from 'zod';
import { parseCalendarDate, todayUtc } from '@/lib/dates/feed-day';
import { parseIsoWeek } from '@/lib/dates/iso-week';
import { parseMonth, parsePeriod, type Period, type PeriodKind } from '@/lib/dates/period';

/**
 * The parameters of GET /api/daily_papers, with Hugging Face's rules (FORMATS.md): limit 1–100
 * (default 50), p a 0-based page, sort publishedAt|trending, no period after today (UTC).
 */
/** `listing`: the list's own order (a day's rank, a longer span's most upvoted); lib/api/daily-papers.ts maps it. */
export type ApiSort = 'listing' | 'publishedAt' | 'trending';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 50;
/** Deep pages cost an OFFSET scan; nobody reads 10,000 pages of one month. */
const MAX_PAGE = 10_000;

const intParam = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name} must be an integer` })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { error: `${name} must be between ${min} and ${max}` });

const querySchema = z.object({
  date: z.string().optional(),
  week: z.string().optional(),
  month: z.string().optional(),
  limit: intParam('limit', 1, MAX_LIMIT).optional(),
  p: intParam('p', 0, MAX_PAGE).optional(),
  sort: z.enum(['publishedAt', 'trending'], { error: 'sort must be one of publishedAt, trending' }).optional(),
  // No NUL: PostgreSQL refuses it in text parameters (a 500 instead of a 400).
  submitter: z.string().trim().min(1).max(100).refine((value) => !value.includes('\u0000'), { error: 'submitter must not contain NUL' }).optional(),
});

export interface DailyPapersQuery {
  /** null: the latest day with papers. */
  period: Period | null;
  sort: ApiSort;
  submitter: string | null;
  limit: number;
  page: number;
}

export type ParseResult = { ok: true; query: DailyPapersQuery } | { ok: false; error: string };

const FORMATS: Record<PeriodKind, { name: string; example: string; valid: (value: string) => boolean }> = {
  day: { name: 'date', example: 'YYYY-MM-DD', valid: (value) => parseCalendarDate(value) !== null },
  week: { name: 'week', example: 'YYYY-Www (an ISO week)', valid: (value) => parseIsoWeek(value) !== null },
  month: { name: 'month', example: 'YYYY-MM', valid: (value) => parseMonth(value) !== null },
};

function parsePeriodParam(kind: PeriodKind, value: string, now: Date): Period | string {
  const format = FORMATS[kind];
  if (!format.valid(value)) return `${format.name} must be written ${format.example}`;
  return parsePeriod(kind, value, now) ?? `${format.name} must not be after today (${todayUtc(now)}, UTC)`;
}

/** Only the first value of a repeated parameter counts, as with URLSearchParams.get. */
export function parseDailyPapersQuery(params: URLSearchParams, now: Date = new Date()): ParseResult {
  const raw = Object.fromEntries([...querySchema.keyof().options].flatMap((key) => (params.has(key) ? [[key, params.get(key) ?? '']] : [])));
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((issue) => issue.message).join('; ') };
  const { date, week, month, limit, p, sort, submitter } = parsed.data;
  const given = ([['day', date], ['week', week], ['month', month]] as const).filter(([, value]) => value !== undefined);
  if (given.length > 1) return { ok: false, error: 'Give at most one of date, week, month' };
  let period: Period | null = null;
  if (given[0]) {
    const result = parsePeriodParam(given[0][0], given[0][1] as string, now);
    if (typeof result === 'string') return { ok: false, error: result };
    period = result;
  }
  return {
    ok: true,
    query: { period, sort: sort ?? 'listing', submitter: submitter ?? null, limit: limit ?? DEFAULT_LIMIT, page: p ?? 0 },
  };
}

