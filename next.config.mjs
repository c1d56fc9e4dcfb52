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

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build once per database engine into separate folders so a cached page rendered
  // from one database is never served by the other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    // Pages rendered on demand (every day, paper and list variant, and the 404 of any path
    // under a dynamic route) are kept only in Next's memory cache, bounded by
    // `cacheMaxMemorySize` (50 MB), instead of files under the dist dir that are never deleted:
    // an anonymous client cannot fill the disk the database lives on (decision 011).
    isrFlushToDisk: false,
  },
  // The app uses no next/image; the optimizer endpoint (/_next/image) would resize any local
  // image (every paper's OG card) at every allowed width and keep each copy on disk.
  images: { unoptimized: true },
  async rewrites() {
    // `?sort=` / `?category=` on list pages → cached path variants (lib/papers/list-rewrites.mjs).
    return { beforeFiles: listRewrites() };
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
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      ...['/confirm', '/preferences', '/unsubscribe'].map((source) => ({ source, headers: privatePage })),
    ];
  },
};

export default nextConfig;
