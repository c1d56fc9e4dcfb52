/**
 * Catalogues of `size` synthetic papers (catalogue-lines.ts) in each engine, imported with the
 * real snapshot importer and kept across runs: .tmp/bench/catalogue-sqlite-<size>.db and the
 * PostgreSQL database dp_bench_<size>. A `.ready` marker is written only after a complete
 * import, so an interrupted one is redone. `npm run bench -- --drop-catalogues` removes them.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { catalogueLine } from './catalogue-lines';
import { type Engine, postgresUrl, ROOT, WORK } from './paths';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres-admin';

export interface Catalogue {
  engine: Engine;
  size: number;
  databaseUrl: string;
}

/** Bumped whenever the generator changes what it writes: older catalogues are then rebuilt. */
export const GENERATOR_VERSION = 'v2-zipf';
const ready = (engine: Engine, size: number) => path.join(WORK, `catalogue-${engine}-${size}.ready`);
const isReady = (engine: Engine, size: number) => existsSync(ready(engine, size)) && readFileSync(ready(engine, size), 'utf8').startsWith(`${GENERATOR_VERSION} `);
export const sqliteCatalogueFile = (size: number) => path.join(WORK, `catalogue-sqlite-${size}.db`);
/**
 * PostgreSQL databases the bench creates share one server, so BENCH_PG_PREFIX (default dp_bench)
 * keeps two checkouts benchmarking at once from dropping each other's databases.
 */
export const BENCH_PG_PREFIX = process.env.BENCH_PG_PREFIX ?? 'dp_bench';
export const postgresCatalogueName = (size: number) => `${BENCH_PG_PREFIX}_${size}`;

async function writeLines(size: number): Promise<string> {
  const file = path.join(WORK, `catalogue-${size}-${GENERATOR_VERSION}.jsonl`);
  if (existsSync(file)) return file;
  console.log(`  writing ${size.toLocaleString('en-US')} catalogue lines …`);
  mkdirSync(WORK, { recursive: true }); // a fresh clone has no .tmp/bench yet
  const out = createWriteStream(`${file}.part`);
  for (let n = 0; n < size; n += 1) {
    if (!out.write(`${catalogueLine(n)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  renameSync(`${file}.part`, file);
  return file;
}

function importLines(databaseUrl: string, file: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', 'snapshot', file, '--no-revalidate'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, INGEST_PROGRESS_INTERVAL_MS: '15000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`catalogue import failed (exit ${result.status ?? result.signal})`);
}

export async function ensureCatalogue(engine: Engine, size: number): Promise<Catalogue> {
  const databaseUrl = engine === 'sqlite' ? `file:${sqliteCatalogueFile(size)}` : postgresUrl(postgresCatalogueName(size));
  if (isReady(engine, size)) return { engine, size, databaseUrl };
  console.log(`▸ building the ${engine} catalogue of ${size.toLocaleString('en-US')} papers (kept for later runs)`);
  const file = await writeLines(size);
  if (engine === 'sqlite') for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteCatalogueFile(size)}${suffix}`, { force: true });
  else await createPostgresDatabase(postgresCatalogueName(size));
  await applyMigrations(databaseUrl);
  importLines(databaseUrl, file);
  writeFileSync(ready(engine, size), `${GENERATOR_VERSION} ${new Date().toISOString()}`);
  return { engine, size, databaseUrl };
}

/** Removes every cached catalogue (files, markers, PostgreSQL databases). */
export async function dropCatalogues(): Promise<void> {
  for (const name of existsSync(WORK) ? readdirSync(WORK) : []) {
    const match = /^catalogue-(?:(sqlite|postgres)-)?(\d+)(?:-[\w-]+)?\.(ready|jsonl|db(?:-wal|-shm)?)$/.exec(name);
    if (!match) continue;
    if (match[1] === 'postgres') await dropPostgresDatabase(postgresCatalogueName(Number(match[2])));
    rmSync(path.join(WORK, name), { force: true });
    console.log(`  removed ${name}`);
  }
}
