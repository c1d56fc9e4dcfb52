import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

// Unit and domain tests run against a real database: SQLite by default, PostgreSQL with
// TEST_DATABASE=postgresql. Each test file gets its own fresh, migrated copy (a file copy on
// SQLite, a template clone on PostgreSQL) that is removed afterwards.
export default defineConfig({
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // *-pg.test.ts test what only PostgreSQL has (LISTEN/NOTIFY): run with TEST_DATABASE=postgresql,
    // left out of the SQLite run rather than reported there as skipped.
    exclude: process.env.TEST_DATABASE === 'postgresql' ? configDefaults.exclude : [...configDefaults.exclude, 'tests/unit/**/*-pg.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/file-database.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
