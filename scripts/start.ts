/**
 * `npm start`: everything a fresh clone still needs, then the server.
 *   1. apply pending migrations (stock `prisma migrate deploy`),
 *   2. seed an empty database with the shipped days,
 *   3. build if there is no production build yet,
 *   4. serve on HOST:PORT (default 127.0.0.1:3000).
 * `npm run dev` (`--dev`) does 1 and 2, then runs the development server instead.
 */
// First: checks the environment before any other module reads it (see lib/cli/checked-env.ts).
import { env } from '@/lib/cli/checked-env';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { db, disconnectDb } from '@/lib/db';
import { resolveDatabaseUrl } from '@/lib/db/database-url';
import { catchUpSearchIndexNow } from '@/lib/search/bulk-load';
import { loadSeedDays } from '@/lib/seed/load-seed-days';

// Next's anonymous telemetry would call out to the internet; nothing here may leave the machine.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const root = path.resolve(import.meta.dirname, '..');
const devMode = process.argv.includes('--dev');
const host = env.HOST;
const port = String(env.PORT);
const distDir = env.NEXT_DIST_DIR;
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const prismaBin = path.join(root, 'node_modules/prisma/build/index.js');

function step(message: string) {
  console.log(`\n▸ ${message}`);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const database = resolveDatabaseUrl();
step(`Database: ${database.provider === 'sqlite' ? database.filePath : 'PostgreSQL'} — applying migrations`);
run(process.execPath, [prismaBin, 'migrate', 'deploy']);

// A killed bulk import can leave its last papers out of the search index (decisions 023, 024).
const indexed = await catchUpSearchIndexNow((done, total) => {
  if (total > 0) console.log(`  search index: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} papers`);
});
if (indexed > 0) step(`Search index caught up with ${indexed.toLocaleString('en-US')} papers a stopped import had left out`);

const papers = await db.paper.count();
if (papers === 0) {
  step('Empty database — loading the seed days');
  const summary = await loadSeedDays(path.join(root, 'prisma/seed'));
  console.log(`  ${summary.created} papers created for ${summary.days.join(', ')}`);
} else {
  step(`Database has ${papers} papers — not seeding`);
}
await disconnectDb();

if (devMode) {
  step(`Development server on http://${host}:${port}`);
  serve('dev');
} else {
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    step('No production build yet — running next build (about a minute)');
    run(process.execPath, [nextBin, 'build']);
  }
  step(`Serving on http://${host}:${port}`);
  serve('start');
}

/** Runs `next dev` or the production server (scripts/serve.ts) in the foreground, passing Ctrl-C and SIGTERM on. */
function serve(command: 'dev' | 'start') {
  const args = command === 'dev' ? [nextBin, 'dev', '-H', host, '-p', port] : ['--import', 'tsx', path.join(root, 'scripts/serve.ts')];
  const server = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, HOST: host, PORT: port } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
