import { createPoliteClient, type PoliteClient, type PoliteClientOptions } from './polite-client';
import { ingestUserAgent } from './user-agent';

/** arXiv's terms: "no more than one request every three seconds". */
export const ARXIV_REQUEST_INTERVAL_MS = 3000;

/** The client the CLIs use; each pace and retry setting can be tuned through the environment. */
export function politeClientFromEnv(onRetry?: PoliteClientOptions['onRetry'], env: NodeJS.ProcessEnv = process.env): PoliteClient {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return createPoliteClient({
    userAgent: ingestUserAgent(env),
    minIntervalMs: number('INGEST_REQUEST_INTERVAL_MS', ARXIV_REQUEST_INTERVAL_MS),
    maxAttempts: Math.max(1, number('INGEST_MAX_ATTEMPTS', 4)),
    backoffMs: number('INGEST_RETRY_BACKOFF_MS', 5000),
    timeoutMs: Math.max(1, number('INGEST_TIMEOUT_MS', 60_000)),
    onRetry,
  });
}
