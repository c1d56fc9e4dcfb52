import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { dropPostgresDatabases, onPostgresServer, postgresUrlFor, quoteIdent, testEngine, TMP_ROOT } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    baseDatabase: { engine: 'sqlite'; file: string } | { engine: 'postgresql'; name: string };
    runId: string;
  }
}

/** Migrates one base database per run; each test file then gets a fresh copy of it. */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const engine = testEngine();
  project.provide('runId', runId);

  if (engine === 'sqlite') {
    const folder = path.join(TMP_ROOT, `vitest-${runId}`);
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'base.db');
    await applyMigrations(`file:${file}`);
    project.provide('baseDatabase', { engine, file });
    return () => rmSync(folder, { recursive: true, force: true });
  }

  const name = `dp_test_${runId}_base`;
  await onPostgresServer((client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  await applyMigrations(postgresUrlFor(name));
  project.provide('baseDatabase', { engine, name });
  return async () => {
    await dropPostgresDatabases(`dp_test_${runId}_`);
  };
}
