import { expect, test } from '@playwright/test';
import { rawRequest } from './support/raw-http';

/**
 * Every route of app/, with hostile values in each path segment and each query parameter it
 * reads: a bad address is the reader's mistake (4xx), never a server error, never a stack
 * trace, never markup of theirs echoed into a page.
 */
interface Route {
  method?: 'GET' | 'POST';
  /** `:name` marks a dynamic segment, filled with its `valid` value unless under test. */
  path: string;
  valid?: Record<string, string>;
  query?: string[];
  headers?: Record<string, string>;
  body?: string;
}

const LIST_VALID = { date: '2025-09-04', week: '2025-W36', month: '2025-09', sort: 'newest', category: 'cs.LG' };
const SEARCH_QUERY = ['q', 'category', 'from', 'to', 'page'];
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const ROUTES: Route[] = [
  { path: '/', query: ['x'] },
  { path: '/papers', query: ['x'] },
  { path: '/papers/:id', valid: { id: '2407.13168' }, query: ['x'] },
  { path: '/papers/:archive/:number', valid: { archive: 'hep-th', number: '9608091' } },
  { path: '/papers/:a/:b/:c', valid: { a: 'x', b: 'y', c: 'z' } },
  { path: '/papers/date', query: ['date'] },
  ...(['date', 'week', 'month'] as const).flatMap((kind): Route[] => [
    { path: `/papers/${kind}/:${kind}`, valid: LIST_VALID, query: ['sort', 'category'] },
    { path: `/papers/${kind}/:${kind}/view/:sort/:category`, valid: LIST_VALID },
  ]),
  { path: '/papers/category/:code', valid: { code: 'cs.LG' } },
  { path: '/papers/category/:code/p/:page', valid: { code: 'cs.LG', page: '2' } },
  { path: '/papers/category/:code/feed.xml', valid: { code: 'cs.LG' } },
  { path: '/search', query: SEARCH_QUERY },
  { path: '/confirm', query: ['token'] },
  { path: '/preferences', query: ['token'] },
  { path: '/unsubscribe', query: ['token'] },
  { method: 'POST', path: '/unsubscribe', query: ['token'], headers: FORM, body: 'List-Unsubscribe=One-Click' },
  { method: 'POST', path: '/api/unsubscribe', query: ['token'], headers: FORM, body: 'List-Unsubscribe=One-Click' },
  { path: '/api/daily_papers', query: ['date', 'week', 'month', 'limit', 'p', 'sort', 'submitter'] },
  { path: '/api/papers/:id', valid: { id: '2407.13168' } },
  { path: '/api/papers/:archive/:number', valid: { archive: 'hep-th', number: '9608091' } },
  { path: '/api/papers/search', query: SEARCH_QUERY },
  { method: 'POST', path: '/api/digest', query: ['date', 'weekly'] },
  { method: 'POST', path: '/api/revalidate', query: ['x'] },
  { path: '/og/papers/:id', valid: { id: '2407.13168' } },
  { path: '/sitemaps/sitemap/:id.xml', valid: { id: '0' } },
  { path: '/feed.xml', query: ['x'] },
  { path: '/atom.xml', query: ['x'] },
  { path: '/sitemap.xml', query: ['x'] },
  { path: '/robots.txt', query: ['x'] },
  { path: '/:unknown', valid: { unknown: 'nothing-here' } },
];

/** As they would appear in a request line: escapes already written out, nothing re-encoded. */
const HOSTILE = [
  '%25',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  'x%00y',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '"><script>alert(1)</script>',
  '-1',
  '99999999999999999999',
  '1e309',
  'NaN',
  'A'.repeat(4000),
  '%E6%97%A5%E6%9C%AC%E8%AA%9E',
  '%F0%9F%92%A9',
];

const STACK_TRACE = /\n\s+at .+:\d+:\d+|URIError|TypeError|ReferenceError|Internal Server Error|PrismaClient/;
const ECHOED_SCRIPT = '<script>alert(1)</script>';

function buildPath(route: Route, target: { segment?: string; param?: string }, value: string): string {
  const path = route.path.replace(/:([a-z]+)/g, (_, name: string) => (name === target.segment ? value : (route.valid?.[name] ?? name)));
  const query = (route.query ?? []).filter((name) => name === target.param).map((name) => `${name}=${value}`);
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

function describeProblem(status: number, contentType: string, body: string): string | null {
  if (status >= 500) return `status ${status}`;
  const trace = STACK_TRACE.exec(body);
  if (trace) return `error text in the body: ${JSON.stringify(trace[0].trim())}`;
  if (contentType.includes('html') && body.includes(ECHOED_SCRIPT)) return 'the script came back as markup';
  return null;
}

for (const route of ROUTES) {
  const method = route.method ?? 'GET';
  const targets = [
    ...[...route.path.matchAll(/:([a-z]+)/g)].map((match) => ({ segment: match[1], label: `segment :${match[1]}` })),
    ...(route.query ?? []).map((param) => ({ param, label: `?${param}=` })),
  ];
  for (const target of targets) {
    test(`${method} ${route.path}: hostile values in ${target.label} get a clear 4xx (or a page), never a 5xx`, async () => {
      test.slow(); // two dozen requests, each a render on a shared machine
      const problems: string[] = [];
      for (const value of HOSTILE) {
        const path = buildPath(route, target, value);
        const response = await rawRequest({ method, path, headers: route.headers, body: route.body });
        if (!response) continue; // Node's client would not send it: nothing reached the server
        const problem = describeProblem(response.status, String(response.headers['content-type'] ?? ''), response.body);
        if (problem) problems.push(`${path.slice(0, 120)} → ${problem}`);
      }
      expect(problems).toEqual([]);
    });
  }
}

test('long query strings: 12 kB reaches the app and gets an answer; 100 kB is refused before it', async () => {
  for (const path of ['/search', '/api/papers/search', '/api/daily_papers', '/papers/date/2025-09-04']) {
    const long = await rawRequest({ path: `${path}?q=${'a'.repeat(12_000)}&submitter=${'b'.repeat(2_000)}` });
    expect(long?.status, path).toBeLessThan(500);
    // Node's HTTP parser refuses a request line over its 16 kB header limit (431) and drops
    // the connection while the client is still sending, which the client may see as a reset.
    const huge = await rawRequest({ path: `${path}?q=${'a'.repeat(100_000)}` }).catch((error: { code?: string }) => error.code);
    expect([431, 'ECONNRESET', 'EPIPE'], path).toContain(typeof huge === 'string' ? huge : huge?.status);
  }
});

test('a malformed %-escape or a NUL in the path is a 400 with a plain explanation, wherever it is', async () => {
  for (const path of ['/papers/date/%E0%A4%A', '/papers/%', '/papers/category/%zz/feed.xml', '/api/papers/%C0%AF', '/og/papers/%E0', '/papers/month/%00']) {
    const response = await rawRequest({ path });
    expect(response?.status, path).toBe(400);
    expect(response?.body, path).toMatch(/^Bad request: the address has (a malformed %-escape|a NUL byte)/);
  }
});

test('the list pages named in the report answer 404 to a literal %', async () => {
  for (const path of ['/papers/date/%25', '/papers/week/%25', '/papers/month/%25', '/papers/category/%25', '/papers/category/%25/feed.xml', '/papers/date/2025-09-04/view/top/%25', '/papers/category/%25/p/2']) {
    expect((await rawRequest({ path }))?.status, path).toBe(404);
  }
});
