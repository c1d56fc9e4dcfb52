'use client';

import { passkeyClient } from '@better-auth/passkey/client';
import { createAuthClient } from 'better-auth/client';

/**
 * better-auth's browser client, for passkeys only (the server serves nothing else over
 * /api/auth: lib/accounts/auth-endpoints.ts). Imported on demand, when a reader presses a
 * passkey button, so no page pays for it up front.
 */
export const authClient = createAuthClient({ basePath: '/api/auth', plugins: [passkeyClient()] });

interface AuthError {
  code?: string;
  message?: string;
  status?: number;
}

/** A message a reader can act on, for what better-auth's client or our route answered. */
export function passkeyErrorMessage(error: AuthError, action: 'sign-in' | 'add'): string {
  if (error.status === 429 || error.status === 403 || error.status === 413) return error.message ?? 'Refused. Try again later.';
  switch (error.code) {
    case 'AUTH_CANCELLED':
    case 'ERROR_CEREMONY_ABORTED':
    case 'REGISTRATION_CANCELLED':
      return action === 'add' ? 'No passkey was added (cancelled).' : 'Passkey sign-in was cancelled.';
    case 'PASSKEY_NOT_FOUND':
      return 'This passkey is not known here (it may have been removed). Sign in with an email link instead.';
    case 'SESSION_NOT_FRESH':
      return 'For your safety, adding a passkey needs a sign-in from the last 24 hours. Sign out, sign in again with an email link, then add it.';
    case 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED':
    case 'PREVIOUSLY_REGISTERED':
      return 'This device already has a passkey for your account.';
    default:
      return action === 'add' ? 'The passkey could not be added. Try again.' : 'Passkey sign-in did not work. Try again, or use an email link.';
  }
}
