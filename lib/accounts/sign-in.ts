import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { emailSchema } from '@/lib/subscribers/schema';
import { getAuth } from './auth';
import { safeNextPath } from './paths';

/** Sign-in links one address can be sent per hour (one client address: SIGN_IN_RATE_LIMIT). */
export const SIGN_IN_LINKS_PER_ADDRESS_PER_HOUR = 5;

export type SignInRequestResult =
  | { status: 'sent' }
  | { status: 'invalid'; message: string }
  | { status: 'rate-limited'; retryAfterSeconds: number }
  | { status: 'mail-failed' };

/**
 * Sends a single-use sign-in link. The answer is the same whether or not the address has an
 * account (a new one is made when the link is used): "check your inbox".
 */
export async function requestSignInLink(email: unknown, next: unknown, clientIp: string, headers: Headers): Promise<SignInRequestResult> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return { status: 'invalid', message: parsed.error.issues[0]?.message ?? 'Enter a valid email address.' };
  const address = parsed.data;
  // Keyed by a hash: the limits table never holds addresses in the clear.
  const addressKey = `signin:addr:${createHash('sha256').update(address).digest('hex').slice(0, 32)}`;
  for (const [key, limit] of [[`signin:ip:${clientIp}`, getEnv().SIGN_IN_RATE_LIMIT], [addressKey, SIGN_IN_LINKS_PER_ADDRESS_PER_HOUR]] as const) {
    const hit = await hitRateLimit(key, limit, 3_600_000);
    if (!hit.allowed) return { status: 'rate-limited', retryAfterSeconds: hit.retryAfterSeconds };
  }
  try {
    await getAuth().api.signInMagicLink({ body: { email: address, metadata: { next: safeNextPath(next) } }, headers });
    return { status: 'sent' };
  } catch (error) {
    console.error('sign-in link not sent:', error instanceof Error ? error.message : error);
    return { status: 'mail-failed' };
  }
}

export type SignInLinkState = 'usable' | 'expired' | 'unknown';

const TOKEN_PATTERN = /^[A-Za-z0-9]{16,128}$/;

/**
 * What a sign-in link's token is, without using it: the page the link opens says at once when
 * it has expired, or is unknown (mistyped, or used already: a used link leaves no trace).
 * better-auth stores the token as base64url(SHA-256) (magic-link `storeToken: "hashed"`).
 */
export async function peekSignInLink(token: unknown, now: Date = new Date()): Promise<SignInLinkState> {
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return 'unknown';
  const identifier = createHash('sha256').update(token).digest('base64url');
  const row = await db.verification.findFirst({ where: { identifier }, select: { expiresAt: true }, orderBy: { createdAt: 'desc' } });
  if (!row) return 'unknown';
  return row.expiresAt <= now ? 'expired' : 'usable';
}

export type SignInVerifyResult =
  | { status: 'signed-in'; setCookies: string[]; needsUsername: boolean; next: string }
  | { status: 'invalid' | 'expired' | 'suspended' };

/**
 * Uses a sign-in link's token (once): a new session, rotated (a fresh token on every sign-in),
 * its cookie returned to be set. Reached only from the confirmation page's button (a POST), so
 * a mail scanner that opens the link signs nobody in.
 */
export async function verifySignInLink(token: unknown, next: unknown, headers: Headers): Promise<SignInVerifyResult> {
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return { status: 'invalid' };
  if ((await peekSignInLink(token)) === 'expired') return { status: 'expired' };
  const response = await getAuth().api.magicLinkVerify({
    query: { token, callbackURL: '/', errorCallbackURL: '/signin' },
    headers,
    asResponse: true,
  });
  const location = response.headers.get('location') ?? '';
  const error = location ? new URL(location, 'http://site.invalid').searchParams.get('error') : null;
  const setCookies = response.headers.getSetCookie();
  if (error || setCookies.length === 0) return { status: error === 'failed_to_create_session' ? 'suspended' : 'invalid' };
  const session = await getAuth().api.getSession({ headers: cookieHeaders(setCookies), query: { disableCookieCache: true } });
  const username = (session?.user as { username?: string | null } | undefined)?.username ?? null;
  return { status: 'signed-in', setCookies, needsUsername: username === null, next: safeNextPath(next) };
}

/** Request headers carrying the cookies of Set-Cookie lines (to read the session just made). */
function cookieHeaders(setCookies: string[]): Headers {
  return new Headers({ cookie: setCookies.map((line) => line.split(';', 1)[0]).join('; ') });
}
