#!/usr/bin/env node
// `npm test`: everything CI checks, in order, with one closing line of totals.
//   lint → typecheck → Postgres schema in sync → unit tests on SQLite and PostgreSQL →
//   end-to-end tests (production build, real Chromium) on SQLite and PostgreSQL.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './test/processes.mjs';

// Nothing the tests run may reach beyond this machine: no Next telemetry.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const node = process.execPath;
const bin = (relative) => path.join(ROOT, 'node_modules', relative);
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function vitest(engine) {
  const report = path.join(ROOT, '.tmp', `vitest-${engine}.json`);
  try {
    run(`unit tests on ${engine}`, node, [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      TEST_DATABASE: engine,
    });
  } finally {
    if (existsSync(report)) {
      const result = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += result.numPassedTests ?? 0;
      totals.failed += result.numFailedTests ?? 0;
      totals.skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
      rmSync(report, { force: true });
    }
  }
}

function e2e() {
  const totalsFile = path.join(ROOT, '.tmp', 'e2e-totals.jsonl');
  rmSync(totalsFile, { force: true });
  try {
    run('end-to-end tests (SQLite and PostgreSQL)', node, ['scripts/test/e2e.mjs'], { TEST_TOTALS_FILE: totalsFile });
  } finally {
    if (existsSync(totalsFile)) {
      for (const line of readFileSync(totalsFile, 'utf8').trim().split('\n').filter(Boolean)) {
        const counts = JSON.parse(line);
        for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
      }
      rmSync(totalsFile, { force: true });
    }
  }
}

let failed = null;
const steps = [
  () => run('lint', node, [bin('eslint/bin/eslint.js'), '--max-warnings=0', '.']),
  () => run('route types (next typegen)', node, [bin('next/dist/bin/next'), 'typegen']),
  () => run('typecheck (tsc)', node, [bin('typescript/bin/tsc'), '--noEmit']),
  () => run('PostgreSQL schema matches prisma/schema.prisma', node, ['scripts/db/generate-postgres-schema.mjs', '--check']),
  () => vitest('sqlite'),
  () => vitest('postgresql'),
  () => e2e(),
];
for (const step of steps) {
  try {
    step();
  } catch (error) {
    failed = error;
    console.error(`✖ ${error.message}`);
    // Keep going through the test suites so one run reports every failure; stop on the
    // checks before them, whose failure makes the tests meaningless.
    if (steps.indexOf(step) < 4) break;
  }
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\nAll tests (${minutes} min):`);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
