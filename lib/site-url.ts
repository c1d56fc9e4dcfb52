import { getEnv } from '@/lib/env';

/** An absolute URL on this site, for emails and feeds (PUBLIC_BASE_URL + path). */
export function absoluteUrl(pathWithQuery: string): string {
  return `${getEnv().PUBLIC_BASE_URL}${pathWithQuery.startsWith('/') ? '' : '/'}${pathWithQuery}`;
}
