import { getEnv, type Env } from '@/lib/env';
import { createPoliteClient, type PoliteClient } from '@/lib/ingest/http/polite-client';
import { ingestUserAgent } from '@/lib/ingest/http/user-agent';

/**
 * A reader waits for the answer, so a lookup gives up sooner than an import: two tries of at
 * most 8 s each (INGEST_TIMEOUT_MS if shorter), then "arXiv did not answer". The pace between
 * requests is the importers' (INGEST_REQUEST_INTERVAL_MS, arXiv's 3 s), kept by one client per
 * process so that readers submitting together still reach arXiv one request at a time apart.
 */
export const SUBMIT_LOOKUP_TIMEOUT_MS = 8_000;
const SUBMIT_LOOKUP_ATTEMPTS = 2;
const SUBMIT_LOOKUP_BACKOFF_MS = 500;

// A global: Next's bundled copy of this module and a script's would otherwise pace apart.
const CLIENT = Symbol.for('daily-papers.submission-arxiv-client');

export function submissionArxivClient(env: Env = getEnv()): PoliteClient {
  const store = globalThis as Record<symbol, PoliteClient | undefined>;
  store[CLIENT] ??= createPoliteClient({
    userAgent: ingestUserAgent(env),
    minIntervalMs: env.INGEST_REQUEST_INTERVAL_MS,
    maxAttempts: SUBMIT_LOOKUP_ATTEMPTS,
    backoffMs: SUBMIT_LOOKUP_BACKOFF_MS,
    timeoutMs: Math.min(env.INGEST_TIMEOUT_MS, SUBMIT_LOOKUP_TIMEOUT_MS),
  });
  return store[CLIENT];
}
