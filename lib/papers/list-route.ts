import { parsePeriod, type Period, type PeriodKind } from '@/lib/dates/period';
import { DEFAULT_LIST_OPTIONS, parseListOptions, type ListOptions } from './list-options';

/**
 * The period and options a list URL names, or null (a 404): an impossible or future period,
 * an unknown sort, a category arXiv does not have. `variant` holds the internal path segments
 * that next.config.mjs rewrites `?sort=&category=` to. Next hands route params over already
 * decoded: decoding them again would turn `/papers/date/%25` (param `%`) into a URIError, a 500.
 */
export function resolveListRoute(kind: PeriodKind, value: string, variant?: { sort: string; category: string }): { period: Period; options: ListOptions } | null {
  const period = parsePeriod(kind, value);
  if (!period) return null;
  const options = variant ? parseListOptions(variant.sort, variant.category) : DEFAULT_LIST_OPTIONS;
  return options ? { period, options } : null;
}
