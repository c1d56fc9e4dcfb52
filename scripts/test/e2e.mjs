#!/usr/bin/env node
// End-to-end tests against a production build, once per database engine:
//   node scripts/test/e2e.mjs [--engine sqlite|postgresql] [playwright args…]
// Each engine gets a fresh database (a temp SQLite file, or a new PostgreSQL database that is
// dropped afterwards), migrated with the stock Prisma CLI, seeded, plus the e2e fixture days.
import { cpSync, mkdirSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, ROOT, run, runAsync, startProcess, waitForServer } from './processes.mjs';

const args = process.argv.slice(2);
const engineFlag = args.indexOf('--engine');
const engines = engineFlag >= 0 ? [args.splice(engineFlag, 2)[1]] : ['sqlite', 'postgresql'];
const playwrightArgs = args;
const pgServer = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const node = process.execPath;
const bin = (relative) => path.join(ROOT, 'node_modules', relative);

async function onPgServer(sql) {
  const client = new pg.Client({ connectionString: pgServer });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createDatabase(engine) {
  if (engine === 'sqlite') {
    const folder = path.join(ROOT, '.tmp', `e2e-${runId}`);
    mkdirSync(folder, { recursive: true });
    return { url: `file:${path.join(folder, 'e2e.db')}`, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `dp_e2e_${runId}`;
  await onPgServer(`CREATE DATABASE "${name}"`);
  const url = new URL(pgServer);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onPgServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

function countResults(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected, skipped };
}

/** Free space where the build copies, the mail sink's messages and PostgreSQL's files go. */
function freeSpace() {
  const { bavail, bsize } = statfsSync(ROOT);
  return `${((bavail * bsize) / 1024 ** 3).toFixed(1)} GB free on the disk of ${ROOT}`;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let failure = null;
let builtOnce = false;
const pristineBuild = path.join(ROOT, '.tmp', `e2e-build-${runId}`);
for (const engine of engines) {
  if (engine !== 'sqlite' && engine !== 'postgresql') throw new Error(`unknown engine ${engine}`);
  console.log(`\n▸ [${engine}] ${freeSpace()}`);
  const database = await createDatabase(engine);
  const env = {
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: '.next-e2e',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  let server;
  let mailSink;
  let arxivApi;
  try {
    run(`[${engine}] migrate`, node, [bin('prisma/build/index.js'), 'migrate', 'deploy'], env);
    run(`[${engine}] seed`, node, [bin('prisma/build/index.js'), 'db', 'seed'], env);
    run(`[${engine}] fixture days`, node, [bin('tsx/dist/cli.mjs'), 'tests/support/load-fixture-days.ts', 'tests/fixtures/e2e-days'], env);
    // One build serves both engines: the second gets a fresh copy of it, so no page cached
    // (ISR) from one database is served from the other's run. The build reads the database
    // only to prerender `/`, and both engines hold the same seed and fixture days.
    const distDir = path.join(ROOT, '.next-e2e');
    if (!builtOnce) {
      run(`[${engine}] next build`, node, [bin('next/dist/bin/next'), 'build'], env);
      rmSync(pristineBuild, { recursive: true, force: true });
      cpSync(distDir, pristineBuild, { recursive: true });
      builtOnce = true;
    } else {
      rmSync(distDir, { recursive: true, force: true });
      cpSync(pristineBuild, distDir, { recursive: true });
    }
    // A real SMTP server for the app's mail; tests read what it saved.
    const smtpPort = await freePort();
    const mailDir = path.join(ROOT, '.tmp', `mail-${engine}-${runId}`);
    mailSink = startProcess(node, [bin('tsx/dist/cli.mjs'), 'scripts/dev/mail-sink.ts', '--port', String(smtpPort), '--dir', mailDir]);
    // A local server that answers like arXiv's API, for submissions: the shipped recorded
    // papers, dated today so the submission age limit lets them through.
    const arxivPort = await freePort();
    arxivApi = startProcess(node, [bin('tsx/dist/cli.mjs'), 'scripts/dev/arxiv-server.ts', '--port', String(arxivPort), '--today']);
    const arxivUrl = `http://127.0.0.1:${arxivPort}/api/query`;
    await waitForServer(`${arxivUrl}?id_list=`, arxivApi);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const appEnv = { ...env, PUBLIC_BASE_URL: baseUrl, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'Daily Papers <papers@test.example>', ARXIV_API_URL: arxivUrl, INGEST_REQUEST_INTERVAL_MS: '200' };
    // The production server `npm start` runs: Next behind the page cache (scripts/serve.ts).
    // Every test searches from 127.0.0.1, in parallel: a per-address search limit sized for one
    // person would refuse some (the limit itself is tested in tests/unit/request-limits-server).
    server = startProcess(node, ['--import', 'tsx', 'scripts/serve.ts'], { ...appEnv, HOST: '127.0.0.1', PORT: String(port), SEARCH_RATE_LIMIT: '1000', SIGN_IN_RATE_LIMIT: '100000' });
    await waitForServer(`${baseUrl}/`, server);
    const report = path.join(ROOT, '.tmp', `playwright-${engine}-${runId}.json`);
    try {
      // Tests tagged @markup check what the pages' HTML is (axe in light and dark, the Nu
      // checker), which one build renders the same from either database: they run on the
      // first engine only, unless asked for (docs/decisions/029).
      const markupElsewhere = engine !== engines[0] && !playwrightArgs.some((arg) => arg.startsWith('--grep') || arg.startsWith('-g'));
      await runAsync(`[${engine}] playwright`, node, [bin('@playwright/test/cli.js'), 'test', ...playwrightArgs], {
        ...appEnv,
        ...(markupElsewhere ? { E2E_SKIP_MARKUP: '1' } : {}),
        E2E_BASE_URL: baseUrl,
        E2E_DATABASE_URL: database.url,
        E2E_MAIL_DIR: mailDir,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      });
    } finally {
      try {
        const counts = countResults(report);
        for (const key of Object.keys(totals)) totals[key] += counts[key];
        rmSync(report, { force: true });
      } catch {
        // no report: playwright itself failed to start; the error above says why
      }
    }
  } catch (error) {
    failure ??= error;
    console.error(`✖ ${error.message}`);
    // What the servers said, for a failure seen only in CI's log: the app's errors (a refused
    // database write, a mail that was not sent, a full disk) are the likeliest cause of a page
    // that never came.
    console.error(`[${engine}] ${freeSpace()}`);
    for (const [name, handle] of [['app server', server], ['mail sink', mailSink]]) {
      const lines = (handle?.output() ?? '').split('\n').filter((line) => /error|fail|refus|warn|denied|ECONN|P\d{4}/i.test(line));
      if (lines.length) console.error(`\n[${engine}] ${name}, its last ${Math.min(lines.length, 40)} lines of errors:\n${lines.slice(-40).join('\n')}`);
    }
  } finally {
    await server?.stop();
    await mailSink?.stop();
    await arxivApi?.stop();
    rmSync(path.join(ROOT, '.tmp', `mail-${engine}-${runId}`), { recursive: true, force: true });
    await database.drop();
  }
}

rmSync(pristineBuild, { recursive: true, force: true });
console.log(`\ne2e: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
if (process.env.TEST_TOTALS_FILE) {
  const { appendFileSync } = await import('node:fs');
  appendFileSync(process.env.TEST_TOTALS_FILE, `${JSON.stringify({ suite: 'e2e', ...totals })}\n`);
}
process.exit(failure || totals.failed > 0 ? 1 : 0);
