import { listRewrites } from './lib/papers/list-rewrites.mjs';

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
  experimental: {
    // Request bodies are small here (forms of a few fields, the one-click unsubscribe's 26
    // bytes). Server actions read theirs as a stream and stop at this limit (413).
    serverActions: { bodySizeLimit: '64kb' },
  },
  async rewrites() {
    // `?sort=` / `?category=` on list pages → cached path variants (lib/papers/list-rewrites.mjs).
    return { beforeFiles: [...listRewrites(), UNSUBSCRIBE_POST] };
  },
  async headers() {
    // Pages reached through emailed tokens: never cached anywhere, and the token never leaks
    // to another site through the Referer header.
    const privatePage = [
      { key: 'Cache-Control', value: 'private, no-store' },
      { key: 'Referrer-Policy', value: 'no-referrer' },
      { key: 'X-Robots-Tag', value: 'noindex' },
    ];
    return ['/confirm', '/preferences', '/unsubscribe'].map((source) => ({ source, headers: privatePage }));
  },
};

export default nextConfig;
