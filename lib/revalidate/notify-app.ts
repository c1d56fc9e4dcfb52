import { getEnv, type Env } from '@/lib/env';
import { getRevalidateSecret } from './secret';

export interface NotifyResult {
  url: string;
  ok: boolean;
  detail: string;
}

/**
 * Asks each running app instance to drop its cached pages after the data changed, so readers
 * see new papers at once. REVALIDATE_URLS lists the instances (comma-separated base URLs);
 * the default is this machine's app at HOST:PORT. An instance that is not running is not an
 * error: its pages are rebuilt on start, or expire by their revalidate bound.
 */
export async function notifyAppOfChanges(env: Env = getEnv()): Promise<NotifyResult[]> {
  const urls = env.REVALIDATE_URLS;
  const secret = getRevalidateSecret();
  return Promise.all(
    urls.map(async (url): Promise<NotifyResult> => {
      try {
        const response = await fetch(`${url}/api/revalidate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secret}` },
          signal: AbortSignal.timeout(5_000),
        });
        return { url, ok: response.ok, detail: response.ok ? 'pages revalidated' : `answered ${response.status}` };
      } catch {
        return { url, ok: false, detail: 'not reachable (not running?)' };
      }
    }),
  );
}
