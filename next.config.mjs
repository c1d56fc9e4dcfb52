import { fileURLToPath } from 'node:url';
import { listRewrites } from './lib/papers/list-rewrites.mjs';

// Browser security headers (docs/decisions/011-bounded-caches-and-security-headers.md). Pages are
// cached whole (ISR, the page cache, nginx), so the policy cannot carry a per-request nonce, and
// Next's inline bootstrap scripts (`self.__next_f.push(…)`, different on every page) cannot be
// listed by hash in a header written once: inline <script> elements stay allowed. What the policy
// still refuses is what injected markup (KaTeX output is the only unescaped HTML) would use:
// inline event handlers (`<img onerror>`), scripts, styles, fonts and images from other sites,
// plugins, a foreign <base>, forms posting elsewhere, and framing by another site.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // `next dev` evaluates code for its error overlay and fast refresh; production never does.
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
  "script-src-attr 'none'",
  // KaTeX positions glyphs with style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * RFC 8058 one-click unsubscribe POSTs to the very URL a person opens in the browser
 * (/unsubscribe?token=…), and so does the page's own button: both carry a form body, so a
 * Content-Type, which a browser's GET never has. Those go to the route that unsubscribes;
 * server-action POSTs (Next-Action header) stay with the page. A rewrite, not a proxy.ts:
 * Next makes a proxy wait for the whole request body, whatever its size, before it answers.
 */
const UNSUBSCRIBE_POST = {
  source: '/unsubscribe',
  has: [{ type: 'header', key: 'content-type' }],
  missing: [{ type: 'header', key: 'next-action' }],
  destination: '/api/unsubscribe',
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build once per database engine into separate folders so a cached page rendered
  // from one database is never served by the other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Metadata (<title>, <meta>, <link rel=canonical>) always in <head>, for every user agent.
  // Next 16 streams a dynamic page's metadata after the shell for clients it does not list as
  // bots, so when generateMetadata is slower than the page (a comment page on PostgreSQL) the
  // tags land in <body>: invalid HTML, and a title missing from the head that readers' tools,
  // link previews and assistive technology read. Matching every agent turns streaming off;
  // cached pages are unaffected (their metadata is resolved before they are stored).
  htmlLimitedBots: /.*/,
  // Next's copies of pages rendered on demand (every day, paper and list variant, and the 404
  // of any path under a dynamic route): kept in memory, bounded by `cacheMaxMemorySize`, never
  // in files under the dist dir that are never deleted (an anonymous client cannot fill the
  // disk the database lives on, decision 011), and expired by tag in the order of writes
  // rather than by comparing two clocks that drift apart (decision 030).
  cacheHandler: fileURLToPath(new URL('./lib/serving/render-cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 50 * 1024 * 1024,
  experimental: {
    // Request bodies are small here (forms of a few fields, the one-click unsubscribe's 26
    // bytes). Server actions read theirs as a stream and stop at this limit (413).
    serverActions: { bodySizeLimit: '64kb' },
    // forbidden(): the moderation pages answer a signed-in reader who is not a moderator with
    // a 403 page (app/moderation/forbidden.tsx) instead of a 200 or a 404.
    authInterrupts: true,
  },
  // The app uses no next/image; the optimizer endpoint (/_next/image) would resize any local
  // image (every paper's OG card) at every allowed width and keep each copy on disk.
  images: { unoptimized: true },
  async rewrites() {
    // `?sort=` / `?category=` on list pages → cached path variants (lib/papers/list-rewrites.mjs).
    return { beforeFiles: [...listRewrites(), UNSUBSCRIBE_POST] };
  },
  async headers() {
    // Pages reached through emailed tokens: never cached anywhere, and the token never leaks
    // to another site through the Referer header. Listed after the site-wide headers: for the
    // same header, the last matching rule wins.
    const privatePage = [
      { key: 'Cache-Control', value: 'private, no-store' },
      { key: 'Referrer-Policy', value: 'no-referrer' },
      { key: 'X-Robots-Tag', value: 'noindex' },
    ];
    const accountPage = [
      { key: 'Cache-Control', value: 'private, no-store' },
      { key: 'Referrer-Policy', value: 'same-origin' },
      { key: 'X-Robots-Tag', value: 'noindex' },
    ];
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      ...['/confirm', '/preferences', '/unsubscribe'].map((source) => ({ source, headers: privatePage })),
      // Sign-in links, the account pages and their forms: per reader, never stored or indexed.
      // `same-origin`, not `no-referrer`: these pages post forms, and under `no-referrer` a
      // browser sends `Origin: null`, which the forms' same-origin check (lib/http/form-post.ts)
      // refuses. A token in the URL still never reaches another site.
      ...['/signin/:path*', '/welcome', '/welcome/:path*', '/account', '/account/:path*'].map((source) => ({ source, headers: accountPage })),
      // A reader's own follows and recommendations (docs/decisions/028).
      ...['/for-you', '/following'].map((source) => ({ source, headers: accountPage })),
      // The sign-in form itself holds nothing private: it may be found by search engines (its
      // ?next= variants name /signin as canonical), but is still never stored by a cache.
      { source: '/signin', headers: accountPage.filter((header) => header.key !== 'X-Robots-Tag') },
      // Moderation pages are rendered per request (Next sends `private, no-store`); not
      // `privatePage`: under `no-referrer` a browser sends `Origin: null` with their form POSTs.
      { source: '/moderation/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex' }] },
    ];
  },
};

export default nextConfig;
