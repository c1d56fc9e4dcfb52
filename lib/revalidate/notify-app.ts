import { getEnv, type Env } from '@/lib/env';
import { getRevalidateSecret } from './secret';

export interface NotifyResult {
  url: string;
  ok: boolean;
  detail: string;
}

/** Every page, or only these (POST /api/revalidate takes at most this many paths a request). */
export type ChangeScope = 'all' | { paths: readonly string[] };
export const PATHS_PER_REQUEST = 5_000;

/**
 * Asks app instances over HTTP to drop their cached pages after the data changed, so readers
 * see new papers at once. REVALIDATE_URLS lists them (comma-separated base URLs); the default is
 * this machine's app at HOST:PORT. On PostgreSQL the instances learn of changes through the
 * database (PageChange + NOTIFY, docs/decisions/026) and this is only used when REVALIDATE_URLS
 * is given. An instance that is not running is not an error: its pages are rebuilt on start,
 * or expire by their revalidate bound.
 */
export async function notifyAppOfChanges(scope: ChangeScope = 'all', env: Env = getEnv()): Promise<NotifyResult[]> {
  const secret = getRevalidateSecret();
  const bodies = scope === 'all' ? [undefined] : chunk(scope.paths, PATHS_PER_REQUEST).map((paths) => JSON.stringify({ paths }));
  return Promise.all(
    env.REVALIDATE_URLS.map(async (url): Promise<NotifyResult> => {
      try {
        for (const body of bodies) {
          const response = await fetch(`${url}/api/revalidate`, {
            method: 'POST',
            headers: { authorization: `Bearer ${secret}`, ...(body ? { 'content-type': 'application/json' } : {}) },
            body,
            signal: AbortSignal.timeout(5_000),
          });
          if (!response.ok) return { url, ok: false, detail: `answered ${response.status}` };
        }
        return { url, ok: true, detail: scope === 'all' ? 'pages revalidated' : `${scope.paths.length} pages revalidated` };
      } catch {
        return { url, ok: false, detail: 'not reachable (not running?)' };
      }
    }),
  );
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
