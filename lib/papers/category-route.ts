import type { Metadata } from 'next';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { categoryName } from './arxiv-taxonomy';
import { categoryPath } from './feed-paths';

/** Pages beyond this are refused: 2,000 weekdays is eight years of one category. */
const MAX_PAGE = 400;

/**
 * The category and page a URL names, or null (a 404): unknown codes, page 0, `p/1` (use the bare
 * URL). Params come from Next already decoded; decoding again would throw on a literal `%`.
 */
export function resolveCategoryRoute(code: string, rawPage = '1'): { code: string; page: number } | null {
  if (!categoryName(code) || !/^[1-9]\d{0,3}$/.test(rawPage)) return null;
  const page = Number(rawPage);
  return page <= MAX_PAGE ? { code, page } : null;
}

export function buildCategoryMetadata(code: string, page: number): Metadata {
  const name = categoryName(code) ?? code;
  return {
    title: `${name} (${code})${page > 1 ? `, page ${page}` : ''}`,
    description: `Recent research papers in ${name} (arXiv ${code}), day by day.`,
    alternates: { canonical: categoryPath(code, page), types: feedAlternateTypes(code) },
  };
}
