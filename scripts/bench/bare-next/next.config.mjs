// The bare Next app of the benchmark (scripts/bench/bare-next.ts): the reference a cache miss
// of the real app is compared with. A project of its own, so no layout, component or config of
// the real app is in it, and nothing of it is in the real app's build.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

/** @type {import('next').NextConfig} */
const config = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Resolve `next`, `react` and the database drivers from the repository's node_modules.
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
