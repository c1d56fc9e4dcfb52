/**
 * The environment of a command-line entry point (npm start, serve, digest, ingest, papers, the
 * seed), checked before anything else runs: import this module FIRST. ES modules run in import
 * order, so a bad value stops the command here, with a message naming the variable and exit
 * status 2, instead of as a stack trace from whichever module read it first (lib/db reads
 * DATABASE_URL as it loads), or not at all.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EnvError, getEnv, parseEnv, type Env, type EnvSource } from '@/lib/env';

const ROOT = path.resolve(import.meta.dirname, '../..');

// Next reads .env.local and .env for the app, and prisma.config.ts for the Prisma CLI; the
// commands read the same files, so one setting reaches every part. Variables already set win.
for (const file of ['.env.local', '.env']) {
  const envPath = path.join(ROOT, file);
  if (existsSync(envPath)) process.loadEnvFile(envPath);
}

/** process.env (or a command's own overrides of it), parsed; on a bad value, says which and exits 2. */
export function requireEnv(source?: EnvSource): Env {
  try {
    return source ? parseEnv(source) : getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

export const env: Env = requireEnv();
