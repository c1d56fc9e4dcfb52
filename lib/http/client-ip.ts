/**
 * The client address for rate limits, as the production server computed it (scripts/serve.ts,
 * lib/http/client-address.ts): from the socket, or from X-Forwarded-For only as far as
 * TRUST_PROXY allows. The server overwrites X-Real-IP (and X-Forwarded-For) on every request
 * with that address, so what a client sent in those headers never reaches the app.
 *
 * An IPv6 client is counted by its /64 (lib/http/address-key.ts).
 *
 * Without that server (`next dev`, a bare `next start`) nobody vouches for the header, so every
 * client counts as one, "unknown": a limit then applies to all together and cannot be dodged.
 */
import { addressKey } from './address-key';

export const CLIENT_ADDRESS_HEADER = 'x-real-ip';

// A global, not module state: the server and Next's bundled copy of this file are two modules
// in one process.
const SERVER_SETS_ADDRESS = Symbol.for('daily-papers.client-address-header');

export function markClientAddressSetByServer(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_SETS_ADDRESS] = true;
}

export function clientIpFrom(headers: Pick<Headers, 'get'>): string {
  if ((globalThis as Record<symbol, unknown>)[SERVER_SETS_ADDRESS] !== true) return 'unknown';
  return addressKey((headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown').slice(0, 64));
}
