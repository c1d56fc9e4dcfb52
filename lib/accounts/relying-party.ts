import { isIP } from 'node:net';

/**
 * Who passkeys belong to (the WebAuthn "relying party") and the pages allowed to use them.
 * Browsers refuse WebAuthn on a bare IP address ("This is an invalid domain"), and the site's
 * default address is http://127.0.0.1:PORT: on a loopback address passkeys are made for
 * `localhost` instead, so they work at http://localhost:PORT (the same server). A public IP
 * address cannot have passkeys at all; give the site a domain name (PUBLIC_BASE_URL).
 */
export interface RelyingParty {
  rpID: string;
  /** Origins a passkey ceremony may come from (checked against the browser's clientDataJSON). */
  origins: string[];
}

function isLoopback(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return bare === '::1' || (isIP(bare) === 4 && bare.startsWith('127.'));
}

export function relyingPartyFor(baseURL: string): RelyingParty {
  const url = new URL(baseURL);
  if (!isLoopback(url.hostname)) return { rpID: url.hostname, origins: [url.origin] };
  const localhost = new URL(url.origin);
  localhost.hostname = 'localhost';
  return { rpID: 'localhost', origins: [localhost.origin] };
}
