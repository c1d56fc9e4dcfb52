/**
 * The only better-auth endpoints reachable over HTTP (app/api/auth/[...all]/route.ts): what
 * the passkey client in the browser calls. Everything else better-auth could serve (password
 * sign-up, account deletion, email change without our single-use links, its own magic-link
 * verify on GET…) answers 404; the site's own routes call better-auth on the server instead.
 */
export const AUTH_BASE_PATH = '/api/auth';

const PASSKEY_ENDPOINTS: Readonly<Record<string, 'GET' | 'POST'>> = {
  '/passkey/generate-register-options': 'GET',
  '/passkey/verify-registration': 'POST',
  '/passkey/generate-authenticate-options': 'GET',
  '/passkey/verify-authentication': 'POST',
  '/passkey/list-user-passkeys': 'GET',
  '/passkey/delete-passkey': 'POST',
  '/passkey/update-passkey': 'POST',
};

/** Endpoints used before anyone is signed in: counted per client address only. */
export const SIGNED_OUT_ENDPOINTS = new Set(['/passkey/generate-authenticate-options', '/passkey/verify-authentication']);

/** The method an allowed endpoint takes, or null (not served). `pathname` is the full request path. */
export function allowedAuthEndpoint(pathname: string): { endpoint: string; method: 'GET' | 'POST' } | null {
  if (!pathname.startsWith(`${AUTH_BASE_PATH}/`)) return null;
  const endpoint = pathname.slice(AUTH_BASE_PATH.length);
  const method = Object.hasOwn(PASSKEY_ENDPOINTS, endpoint) ? PASSKEY_ENDPOINTS[endpoint] : undefined;
  return method ? { endpoint, method } : null;
}
