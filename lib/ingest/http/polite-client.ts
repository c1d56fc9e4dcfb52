import { setTimeout as delay } from 'node:timers/promises';

/** A failure worth retrying: the network, a timeout, a truncated or unreadable body. */
export class TransientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientError';
  }
}

export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'HttpStatusError';
  }
}

export interface PoliteClientOptions {
  userAgent: string;
  /** Least time between the end of one request and the start of the next (arXiv asks for 3 s). */
  minIntervalMs: number;
  maxAttempts: number;
  /** First retry delay; doubles each time, unless the server says Retry-After. */
  backoffMs: number;
  /** For the whole exchange, body included: a stalled response is retried, not awaited forever. */
  timeoutMs: number;
  onRetry?: (info: { url: string; attempt: number; waitMs: number; reason: string }) => void;
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 10 * 60_000;

export interface PoliteClient {
  /** GETs `url` and hands the response to `read`; retries transient failures of either. */
  request<T>(url: string, read: (response: Response) => Promise<T>): Promise<T>;
}

/**
 * An HTTP client that behaves as public APIs ask: it identifies itself, keeps its pace across
 * every request it makes (retries included), and backs off when a server struggles.
 */
export function createPoliteClient(options: PoliteClientOptions): PoliteClient {
  let nextStartAt = 0;

  async function waitForTurn(): Promise<void> {
    const wait = nextStartAt - Date.now();
    if (wait > 0) await delay(wait);
  }

  async function attempt<T>(url: string, read: (response: Response) => Promise<T>): Promise<T> {
    await waitForTurn();
    const signal = AbortSignal.timeout(options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, { headers: { 'user-agent': options.userAgent }, signal });
    } catch (error) {
      nextStartAt = Date.now() + options.minIntervalMs;
      throw new TransientError(describeFetchError(error, options.timeoutMs));
    }
    try {
      return await read(response);
    } catch (error) {
      // Reading the body can fail on its own: the connection dropped or the timeout fired.
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError' || error instanceof TypeError)) {
        throw new TransientError(describeFetchError(error, options.timeoutMs));
      }
      throw error;
    } finally {
      // Frees the connection when `read` did not consume the body.
      if (!response.bodyUsed) await response.body?.cancel().catch(() => {});
      // Counted from the end of the exchange, so the server never sees two requests closer
      // together than the interval, however long the first one took to arrive or answer.
      nextStartAt = Date.now() + options.minIntervalMs;
    }
  }

  return {
    async request(url, read) {
      for (let attemptNumber = 1; ; attemptNumber += 1) {
        try {
          return await attempt(url, read);
        } catch (error) {
          const retryable = error instanceof TransientError || (error instanceof HttpStatusError && RETRY_STATUSES.has(error.status));
          if (!retryable || attemptNumber >= options.maxAttempts) throw error;
          const suggested = error instanceof HttpStatusError ? error.retryAfterMs : null;
          const waitMs = Math.min(suggested ?? options.backoffMs * 2 ** (attemptNumber - 1), MAX_RETRY_AFTER_MS);
          options.onRetry?.({ url, attempt: attemptNumber, waitMs, reason: error.message });
          nextStartAt = Math.max(nextStartAt, Date.now() + waitMs);
        }
      }
    },
  };
}

/** Throws the status as an error unless it is 2xx; `allow` lets a caller read e.g. a 400's body. */
export function checkStatus(response: Response, allow: readonly number[] = []): void {
  if (response.ok || allow.includes(response.status)) return;
  throw new HttpStatusError(response.status, parseRetryAfter(response.headers.get('retry-after')), `HTTP ${response.status} from ${new URL(response.url || 'http://unknown').host}`);
}

export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no complete answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}
