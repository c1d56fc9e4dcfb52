import { listRewrites } from '@/lib/papers/list-rewrites.mjs';

/**
 * Longer URLs are answered but never kept. Real pages are well under 200 characters; a key is
 * held in memory with its entry, and only the key's length limits how many a client can make.
 */
export const MAX_CACHE_KEY_LENGTH = 1024;

type QueryRule = { kind: 'allow'; params: ReadonlySet<string> } | { kind: 'verbatim' } | { kind: 'list' };

// The query parameters each route reads, so that parameters a route ignores (`/?x=1`,
// `?utm_source=…`) do not make new entries that push real pages out. The first pattern that
// matches the path decides; every other path is a page that ignores its query. A new route
// that reads its query and may be cached (a route handler sending `s-maxage`) belongs here.
const QUERY_RULES: [RegExp, QueryRule][] = [
  // API: each parameter it knows is kept (in one order); a URL with any other is not cached.
  [/^\/api\/daily_papers$/, allow('date', 'week', 'month', 'limit', 'p', 'sort', 'submitter')],
  [/^\/api\/papers\/search$/, allow('q', 'category', 'from', 'to', 'page')],
  [/^\/api\//, allow()],
  // Read their query on every request and are never kept: the key only has to tell them apart.
  [/^\/(search|confirm|preferences|unsubscribe|papers\/date)$/, { kind: 'verbatim' }],
  // Static and ISR pages cannot read their query; only the list rewrites turn `sort` and
  // `category` into another page. Case-insensitive: a superset of the paths Next rewrites.
  ...listRewrites().map(({ source }): [RegExp, QueryRule] => [new RegExp(`^${source.replace(/:\w+/g, '[^/]+')}$`, 'i'), { kind: 'list' }]),
];

// The values each rewrite accepts (Next matches the last value of a repeated parameter).
const LIST_PARAMS = new Map(listRewrites().flatMap(({ has }) => has.map(({ key, value }): [string, RegExp] => [key, new RegExp(`^(?:${value})$`)])));

function allow(...params: string[]): QueryRule {
  return { kind: 'allow', params: new Set(params) };
}

/**
 * The page-cache key of a request URL: its path with percent-encoding normalised, and only the
 * query parameters its route reads. Null when the URL is not to be cached: too long, a path
 * with empty or dot segments or a malformed escape, or an API parameter the route ignores.
 */
export function normalisedCacheKey(url: string): string | null {
  if (url.length > MAX_CACHE_KEY_LENGTH || !url.startsWith('/')) return null;
  const queryAt = url.indexOf('?');
  const path = normalisePath(queryAt < 0 ? url : url.slice(0, queryAt));
  if (path === null) return null;
  const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
  const rule = QUERY_RULES.find(([pattern]) => pattern.test(path))?.[1];
  if (!rule || query === '') return path;
  if (rule.kind === 'verbatim') return `${path}?${query}`;
  const params = new URLSearchParams(query);
  if (rule.kind === 'list') {
    const kept = new URLSearchParams();
    for (const [name, pattern] of [...LIST_PARAMS].sort(([a], [b]) => a.localeCompare(b))) {
      const value = params.getAll(name).at(-1);
      if (value !== undefined && pattern.test(value)) kept.set(name, value);
    }
    return kept.size > 0 ? `${path}?${kept.toString()}` : path;
  }
  if ([...params.keys()].some((name) => !rule.params.has(name))) return null;
  params.sort(); // stable: repeated parameters keep their order
  return params.size > 0 ? `${path}?${params.toString()}` : path;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** RFC 3986 §6.2.2: `%61` is `a`, `%2f` is `%2F`; null for paths no page has (`//`, `/./`, bad escapes). */
function normalisePath(path: string): string | null {
  let malformed = false;
  const normalised = path.replace(/%(..)?/g, (escape, hex: string | undefined) => {
    if (!hex || !/^[0-9A-Fa-f]{2}$/.test(hex)) {
      malformed = true;
      return escape;
    }
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
  return malformed || /\/\/|\/\.\.?(\/|$)/.test(normalised) ? null : normalised;
}
