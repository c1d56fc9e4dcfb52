/**
 * The production app for the benchmark: one build in .next-bench (redone only when app/,
 * components/, lib/ or the config changed since), and per database a server on a fresh copy
 * of it, so pages cached (ISR) from one catalogue are never served for another.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { ROOT, WORK } from './paths';
import { freePort, type Server, spawnBuild, startPinned, waitForUrl } from './processes';

const BUILD_DIR = '.next-bench';
const RUN_DIR = '.next-bench-run';
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
const SOURCES = ['app', 'components', 'lib', 'next.config.mjs', 'package.json', 'prisma/schema.prisma'];

export interface App {
  server: Server;
  origin: string;
  pid: number;
  runDir: string;
}

function buildIsCurrent(): boolean {
  const id = path.join(ROOT, BUILD_DIR, 'BUILD_ID');
  if (!existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  const files = SOURCES.flatMap((source) => {
    const full = path.join(ROOT, source);
    return statSync(full).isDirectory() ? readdirSync(full, { recursive: true }).map((file) => path.join(full, String(file))) : [full];
  });
  return !files.some((file) => statSync(file).mtimeMs > built);
}

export async function buildApp(force: boolean): Promise<void> {
  if (!force && buildIsCurrent()) return console.log(`▸ reusing the production build in ${BUILD_DIR}`);
  console.log(`▸ next build into ${BUILD_DIR}`);
  // `/` is prerendered at build time: give it an empty migrated database (it is not measured).
  const database = path.join(WORK, 'build.db');
  rmSync(database, { force: true });
  await applyMigrations(`file:${database}`);
  // next build adds its distDir's types to tsconfig.json; the bench build must not change the repo.
  const tsconfig = readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8');
  const status = await spawnBuild([NEXT_BIN, 'build'], { ...process.env, DATABASE_URL: `file:${database}`, NEXT_DIST_DIR: BUILD_DIR, NEXT_TELEMETRY_DISABLED: '1' });
  writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig);
  if (status !== 0) throw new Error(`next build failed (exit ${status})`);
}

export interface AppOptions {
  /** The page cache's memory (scripts/serve.ts); 0 serves through Next alone. */
  pageCacheMb?: number;
  /** A name for a second instance beside the first: its own copy of the build and port. */
  instance?: string;
  port?: number;
  /** Keep the copy of the build from an earlier start (a restart, not a fresh instance). */
  restart?: boolean;
  revalidateUrls?: string;
  /** PROXY_MAX_AGE: how long nginx may keep a page. */
  proxyMaxAgeS?: number;
}

/** The production server (scripts/serve.ts) on core 0 against `databaseUrl`. */
export async function startApp(databaseUrl: string, options: AppOptions = {}): Promise<App> {
  const runDir = options.instance ? `${RUN_DIR}-${options.instance}` : RUN_DIR;
  if (!options.restart) {
    rmSync(path.join(ROOT, runDir), { recursive: true, force: true });
    cpSync(path.join(ROOT, BUILD_DIR), path.join(ROOT, runDir), { recursive: true });
  }
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const server = startPinned(0, process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    PAGE_CACHE_MB: String(options.pageCacheMb ?? 64),
    ...(options.proxyMaxAgeS === undefined ? {} : { PROXY_MAX_AGE: String(options.proxyMaxAgeS) }),
    NEXT_DIST_DIR: runDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PUBLIC_BASE_URL: origin,
    REVALIDATE_URLS: options.revalidateUrls ?? origin,
    // The latency run sends hundreds of searches from one address (decision 010), and the
    // community run thousands of votes from one reader (scripts/bench/community.ts).
    SEARCH_RATE_LIMIT: '0',
    VOTE_RATE_LIMIT: '1000000',
    OUTBOX_DIR: path.join(WORK, 'outbox'),
  });
  await waitForUrl(`${origin}/robots.txt`, server);
  return { server, origin, pid: server.child.pid ?? 0, runDir };
}

export async function stopApp(app: App, { keepBuild = false } = {}): Promise<void> {
  await app.server.stop();
  if (!keepBuild) rmSync(path.join(ROOT, app.runDir), { recursive: true, force: true });
}
