'use client';

import { useSyncExternalStore } from 'react';

/** Browsers refuse WebAuthn on a bare IP address; `localhost` is fine (lib/accounts/relying-party.ts). */
function isIpAddress(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

function usable(): boolean {
  return typeof window.PublicKeyCredential === 'function' && !isIpAddress(location.hostname);
}

const subscribe = () => () => {};

/**
 * Whether this browser can use passkeys here: `null` while the page is rendered on the server
 * and before hydration (the no-script text shows), then true or false.
 */
export function usePasskeySupport(): boolean | null {
  return useSyncExternalStore(subscribe, usable, () => null);
}
