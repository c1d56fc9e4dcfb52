import { expect, test } from '@playwright/test';
import { rawRequest } from './support/raw-http';

/**
 * Behind nginx the app sees requests for the public site arrive on its loopback address.
 * Every redirect must lead the reader to the public site: a relative Location, or one on
 * PUBLIC_BASE_URL, never the address the server is bound to (http://localhost:PORT).
 */
const PUBLIC_BASE_URL = process.env.PUBLIC_BASE_URL ?? '';
const BOUND = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100');
const AS_NGINX_SENDS = [
  { host: 'papers.example.org', 'x-forwarded-host': 'papers.example.org', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
  { host: BOUND.host, 'x-forwarded-host': 'papers.example.org', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
];
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const REDIRECTS = [
  { what: 'the "Go to" date form', method: 'GET', path: '/papers/date?date=2025-09-04', status: 303, to: '/papers/date/2025-09-04' },
  { what: 'the unsubscribe button', method: 'POST', path: '/unsubscribe?token=1.abc', headers: FORM, body: '', status: 303, to: '/unsubscribe?token=1.abc' },
  { what: 'the unsubscribe route itself', method: 'POST', path: '/api/unsubscribe?token=1.abc', headers: FORM, body: '', status: 303, to: '/unsubscribe?token=1.abc' },
  { what: '/papers', method: 'GET', path: '/papers', status: 307, to: '/' },
  { what: 'a versioned paper id', method: 'GET', path: '/papers/2407.13168v1', status: 308, to: '/papers/2407.13168' },
  { what: 'a search for an arXiv id', method: 'GET', path: '/search?q=2407.13168', status: 307, to: '/papers/2407.13168' },
  { what: 'a trailing slash', method: 'GET', path: '/papers/date/2025-09-04/', status: 308, to: '/papers/date/2025-09-04' },
];

/** Where a browser on the public site goes: relative, or on PUBLIC_BASE_URL; never elsewhere. */
function onPublicSite(location: string): string | null {
  if (location.startsWith('/') && !location.startsWith('//')) return location;
  if (PUBLIC_BASE_URL && location.startsWith(`${PUBLIC_BASE_URL}/`)) return location.slice(PUBLIC_BASE_URL.length);
  return null;
}

for (const redirect of REDIRECTS) {
  test(`${redirect.what} redirects to the public site, whatever Host the proxy passes`, async () => {
    for (const headers of AS_NGINX_SENDS) {
      const response = await rawRequest({ method: redirect.method, path: redirect.path, headers: { ...headers, ...redirect.headers }, body: redirect.body });
      expect(response?.status, JSON.stringify(headers)).toBe(redirect.status);
      const location = String(response?.headers.location ?? '');
      expect(onPublicSite(location), `Location: ${location}`).toBe(redirect.to);
    }
  });
}
