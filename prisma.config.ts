// Prisma CLI configuration. Two jobs beyond the usual paths:
//
// 1. Offline schema engine. Every CLI command first tries to download the native `schema-engine`
//    from binaries.prisma.sh, which these machines cannot reach. The CLI reads this file before it
//    resolves engines, so pointing PRISMA_SCHEMA_ENGINE_BINARY at our shim (which runs
//    @prisma/schema-engine-wasm on the project's own driver adapters) makes generate, migrate and
//    db commands work offline. See docs STACK.md, "Prisma offline: the schema engine".
// 2. One engine per deployment. DATABASE_URL's scheme picks the schema and the migrations folder:
//    prisma/schema.prisma (SQLite, the source of truth) or prisma/postgres/schema.prisma (derived
//    by scripts/db/generate-postgres-schema.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { resolveDatabaseUrl } from './lib/db/database-url';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

// Prisma 7 no longer reads .env; Next does. Load the same files (existing variables win) so
// `prisma migrate` and `next dev` talk to the same database.
for (const file of ['.env.local', '.env']) {
  const envPath = path.join(projectRoot, file);
  if (fs.existsSync(envPath)) process.loadEnvFile(envPath);
}

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(projectRoot, 'scripts/db/schema-engine.mjs');
// The CLI's update/telemetry check (a child process calling checkpoint.prisma.io) runs after this
// file loads; without this it is a DNS lookup leaving the machine on every command.
process.env.CHECKPOINT_DISABLE ??= '1';

const database = resolveDatabaseUrl(process.env, projectRoot);
// 0700: the folder holds the database (subscribers' addresses) and data/app-secret (lib/fs/private-files.ts).
if (database.provider === 'sqlite') fs.mkdirSync(path.dirname(database.filePath), { recursive: true, mode: 0o700 });

const layout =
  database.provider === 'sqlite'
    ? { schema: 'prisma/schema.prisma', migrations: 'prisma/sqlite/migrations' }
    : { schema: 'prisma/postgres/schema.prisma', migrations: 'prisma/postgres/migrations' };

// Full-text search tables that the search migrations create and database triggers maintain
// (lib/search/, docs/decisions/005-full-text-search.md). Prisma cannot model an FTS5 virtual table
// or a tsvector column, so they are external: `migrate dev` neither diffs nor drops them. SQLite's
// FTS5 keeps its index in shadow tables named after the virtual table.
const searchTables =
  database.provider === 'sqlite'
    ? // PaperSearchState: how far the index has caught up with bulk imports (lib/search/sqlite-catch-up.ts).
      ['PaperSearch', ...['data', 'idx', 'content', 'docsize', 'config'].map((suffix) => `PaperSearch_${suffix}`), 'PaperSearchState']
    : // PostgreSQL wants them schema-qualified (P3023): Prisma's `?schema=`, else public.
      ['PaperSearch', 'PaperSearchQueue'].map((table) => `${new URL(database.url).searchParams.get('schema') ?? 'public'}.${table}`);

export default defineConfig({
  experimental: { externalTables: true },
  tables: { external: searchTables },
  schema: path.join(projectRoot, layout.schema),
  migrations: {
    path: path.join(projectRoot, layout.migrations),
    // node --import tsx: found without node_modules/.bin on PATH (scripts call the CLI directly).
    seed: 'node --import tsx prisma/seed.ts',
  },
  datasource: {
    url: database.url,
    // Optional: a dedicated, disposable database for `migrate dev`'s shadow replay. Without it the
    // engine shim creates and drops a temporary one (PostgreSQL) or uses memory (SQLite).
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
