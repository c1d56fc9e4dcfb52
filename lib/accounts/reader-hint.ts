import { getEnv } from '@/lib/env';

/**
 * A cookie that only says "someone signed in on this browser", readable by script: pages are
 * the same cached bytes for everyone, and script asks /api/me for the reader's own state only
 * when this is present, so a signed-out reader's page makes no extra request. It grants
 * nothing; the session cookie (httpOnly) does.
 */
export const READER_HINT_COOKIE = 'dp_reader';

export function readerHintCookie(present: boolean): string {
  const env = getEnv();
  const secure = env.PUBLIC_BASE_URL.startsWith('https:') ? '; Secure' : '';
  return present
    ? `${READER_HINT_COOKIE}=1; Path=/; Max-Age=${env.SESSION_DAYS * 86_400}; SameSite=Lax${secure}`
    : `${READER_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}`;
}
