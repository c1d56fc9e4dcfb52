import pg from 'pg';
import { toPgConnectionConfig } from '@/lib/db/database-url';
import { PAGE_CHANGES_CHANNEL } from './page-change-hooks';

/**
 * How instances on one PostgreSQL database learn of each other's changes without knowing each
 * other (docs/decisions/026): each keeps one connection that LISTENs on PAGE_CHANGES_CHANNEL,
 * and whatever writes PageChange rows (a vote, a comment, an import) sends a NOTIFY after
 * they are committed. The notification is only a nudge, its payload the writer's instance id:
 * the listener then reads the rows through the page-change poller, which keeps its place, so a
 * nudge lost while the connection was down is made up by the poll on reconnect (and by the
 * slow safety-net poll).
 */
export interface PageChangeListenerOptions {
  databaseUrl: string;
  /** Called for each notification (its payload: the writing instance) and once on every (re)connect. */
  onNudge: (origin: string | null) => void;
  /** First wait before reconnecting; doubles up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

export interface PageChangeListener {
  /** Resolves once the first LISTEN is in place (or the first attempt failed: retries go on). */
  ready: Promise<void>;
  /** Whether a LISTEN connection is up right now. */
  readonly listening: boolean;
  /** The backend pid of the listening connection (tests end it with pg_terminate_backend). */
  readonly backendPid: number | null;
  stop(): Promise<void>;
}

export function startPageChangeListener({ databaseUrl, onNudge, backoffMs = 250, maxBackoffMs = 10_000, log = console.error }: PageChangeListenerOptions): PageChangeListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let wait = backoffMs;
  let retry: NodeJS.Timeout | null = null;
  let backendPid: number | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  async function connect(): Promise<void> {
    retry = null;
    if (stopped) return;
    // Discrete fields, never `connectionString` (see toPgConnectionConfig).
    const { pool } = toPgConnectionConfig(databaseUrl);
    const next = new pg.Client({ ...pool, application_name: pool.application_name ?? 'daily-papers listener' });
    // An 'error' event without a listener would crash the process: a dropped connection ends here.
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, null));
    next.on('notification', (message) => {
      if (message.channel === PAGE_CHANGES_CHANNEL) onNudge(message.payload || null);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PAGE_CHANGES_CHANNEL}`);
      const { rows } = await next.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      if (stopped) {
        await next.end().catch(() => {});
        return;
      }
      client = next;
      backendPid = rows[0]?.pid ?? null;
      wait = backoffMs;
      // Whatever was written while no LISTEN was in place is read now.
      onNudge(null);
    } catch (error) {
      lost(next, error);
    } finally {
      markReady();
    }
  }

  function lost(which: pg.Client, error: unknown): void {
    if (stopped || retry) return;
    if (client !== null && client !== which) return; // an older connection, already replaced
    client = null;
    backendPid = null;
    which.removeAllListeners('notification');
    void which.end().catch(() => {});
    log(`page changes: listener connection lost (${error instanceof Error ? error.message : 'closed'}); reconnecting in ${wait} ms`);
    retry = setTimeout(() => void connect(), wait);
    retry.unref();
    wait = Math.min(wait * 2, maxBackoffMs);
  }

  void connect();
  return {
    ready,
    get listening() {
      return client !== null;
    },
    get backendPid() {
      return backendPid;
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}
