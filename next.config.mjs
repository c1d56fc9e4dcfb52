import { listRewrites } from './lib/papers/list-rewrites.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build once per database engine into separate folders so a cached page rendered
  // from one database is never served by the other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  async rewrites() {
    // `?sort=` / `?category=` on list pages → cached path variants (lib/papers/list-rewrites.mjs).
    return { beforeFiles: listRewrites() };
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
