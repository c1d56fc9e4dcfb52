import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_ADDRESS_HEADER, markClientAddressSetByServer } from './client-ip';
import { resolveClientAddress, type TrustProxy } from './trust-proxy';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/**
 * Puts the client's address (per TRUST_PROXY) on every request before anything else sees it,
 * replacing whatever the client or a proxy sent in X-Forwarded-For and X-Real-IP: Next, the
 * rate limits and the app's `headers()` all read the one computed value, which a client
 * cannot forge.
 */
export function withClientAddress(trust: TrustProxy, handle: Handler): Handler {
  markClientAddressSetByServer();
  return (request, response) => {
    const address = resolveClientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trust);
    request.headers['x-forwarded-for'] = address;
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    return handle(request, response);
  };
}

/** The address withClientAddress put on the request. */
export function clientAddressOf(request: IncomingMessage): string {
  const value = request.headers[CLIENT_ADDRESS_HEADER];
  return (typeof value === 'string' ? value : 'unknown').slice(0, 64);
}
