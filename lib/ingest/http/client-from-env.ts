import { getEnv, type Env } from '@/lib/env';
import { createPoliteClient, type PoliteClient, type PoliteClientOptions } from './polite-client';
import { ingestUserAgent } from './user-agent';

/**
 * The client the CLIs use; each pace and retry setting can be tuned through the environment
 * (INGEST_REQUEST_INTERVAL_MS defaults to 3 s, arXiv's terms: "no more than one request every
 * three seconds").
 */
export function politeClientFromEnv(onRetry?: PoliteClientOptions['onRetry'], env: Env = getEnv()): PoliteClient {
  return createPoliteClient({
    userAgent: ingestUserAgent(env),
    minIntervalMs: env.INGEST_REQUEST_INTERVAL_MS,
    maxAttempts: env.INGEST_MAX_ATTEMPTS,
    backoffMs: env.INGEST_RETRY_BACKOFF_MS,
    timeoutMs: env.INGEST_TIMEOUT_MS,
    onRetry,
  });
}
