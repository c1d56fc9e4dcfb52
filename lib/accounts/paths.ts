/**
 * Where the account pages live, and the one rule for the `next` path a sign-in returns to: a
 * path on this site (never `//host` or `/\host`, which browsers read as another site), short,
 * and not itself a sign-in page. Anything else becomes "/".
 */
export const SIGN_IN_PATH = '/signin';
export const WELCOME_PATH = '/welcome';
export const ACCOUNT_PATH = '/account';

const MAX_NEXT_LENGTH = 512;

export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NEXT_LENGTH) return '/';
  if (!/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\u007f]/.test(value)) return '/';
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}/`) || value.startsWith(`${SIGN_IN_PATH}?`)) return '/';
  return value;
}

/** The sign-in page, set to come back to `next` afterwards. */
export function signInPath(next: string): string {
  const back = safeNextPath(next);
  return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(back)}`;
}

/** The page an emailed link opens: it asks for one click before signing in (scanners only GET). */
export function signInConfirmPath(token: string, next: string): string {
  const params = new URLSearchParams({ token });
  const back = safeNextPath(next);
  if (back !== '/') params.set('next', back);
  return `${SIGN_IN_PATH}/confirm?${params.toString()}`;
}
