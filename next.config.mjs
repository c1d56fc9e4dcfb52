/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build once per database engine into separate folders so a cached page rendered
  // from one database is never served by the other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
