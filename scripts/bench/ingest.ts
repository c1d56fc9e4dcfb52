/**
 * `npm run bench:ingest -- [lines]` (default 200,000): writes a JSON Lines file in the arXiv
 * snapshot's format, imports it with the real CLI into a fresh SQLite database and a fresh
 * PostgreSQL database, and prints records/s and the importer's peak memory (its max RSS).
 * Aim on a 2-core machine: 20,000 records/s into SQLite, under 300 MB for a million lines.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { BENCH_PG_PREFIX, GENERATOR_VERSION } from './catalogue';
import { snapshotLine } from './snapshot-lines';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, '.tmp', 'bench');
const lines = Number(process.argv[2] ?? 200_000);
const postgresServer = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

if (!Number.isInteger(lines) || lines < 1) {
  console.error('Usage: npm run bench:ingest -- [lines]');
  process.exit(2);
}

async function writeSnapshot(file: string): Promise<void> {
  if (existsSync(file)) return;
  const out = createWriteStream(`${file}.part`);
  for (let n = 0; n < lines; n += 1) {
    if (!out.write(`${snapshotLine(n)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  rmSync(file, { force: true });
  renameSync(`${file}.part`, file);
}

interface Run {
  engine: string;
  seconds: number;
  perSecond: number;
  peakMb: number | null;
  summary: string;
}

function runImport(engine: string, databaseUrl: string, file: string): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', 'snapshot', file, '--no-revalidate'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, INGEST_PROGRESS_INTERVAL_MS: '15000' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${engine} import failed (exit ${result.status}):\n${result.stdout}`);
  const peak = /peak memory (\d+) MB/.exec(result.stdout);
  return { engine, seconds, perSecond: Math.round(lines / seconds), peakMb: peak ? Number(peak[1]) : null, summary: result.stdout.split('\n')[0] ?? '' };
}

async function onPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresServer });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

mkdirSync(WORK, { recursive: true });
const file = path.join(WORK, `snapshot-${lines}-${GENERATOR_VERSION}.jsonl`);
console.log(`Writing ${lines.toLocaleString('en-US')} snapshot lines to ${path.relative(ROOT, file)} …`);
await writeSnapshot(file);
console.log(`${(statSync(file).size / 1e6).toFixed(0)} MB. Importing (the whole CLI run is timed, start-up included).\n`);

const runs: Run[] = [];
const sqliteFile = path.join(WORK, 'bench.db');
for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true });
await applyMigrations(`file:${sqliteFile}`);
runs.push(runImport('SQLite', `file:${sqliteFile}`, file));
for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true });

const database = `${BENCH_PG_PREFIX}_${process.pid}`;
try {
  await onPostgres((client) => client.query(`CREATE DATABASE ${database}`));
  const url = new URL(postgresServer);
  url.pathname = `/${database}`;
  try {
    await applyMigrations(url.toString());
    runs.push(runImport('PostgreSQL', url.toString(), file));
  } finally {
    await onPostgres((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
} catch (error) {
  console.error(`PostgreSQL skipped: ${(error as Error).message}`);
}

console.log('\nengine       records/s   seconds   peak memory');
for (const run of runs) {
  console.log(`${run.engine.padEnd(12)} ${run.perSecond.toLocaleString('en-US').padStart(9)}   ${run.seconds.toFixed(1).padStart(7)}   ${run.peakMb ?? '?'} MB`);
}
for (const run of runs) console.log(`${run.engine}: ${run.summary}`);
