import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/**
 * Which proxies in front of the app may tell it the client's address (TRUST_PROXY,
 * docs/decisions/010-client-address-and-rate-limits.md):
 *   unset, "" or "0"   none: the client is whoever opened the connection (X-Forwarded-For ignored)
 *   a list             addresses, CIDRs or `loopback`, e.g. `loopback` for nginx on the same host,
 *                      `10.0.0.0/8,loopback`: proxies with these addresses are believed
 *   a number N         the N nearest hops are proxies, whatever their address (only when the app
 *                      cannot be reached except through them: a client reaching it directly could
 *                      claim any address)
 */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; list: BlockList };

export const NO_PROXY: TrustProxy = { kind: 'none' };

export const trustProxySchema = z
  .string()
  .optional()
  .transform((value, ctx): TrustProxy => {
    const parsed = parseTrustProxy(value);
    if (typeof parsed === 'string') ctx.addIssue(parsed);
    return typeof parsed === 'string' ? NO_PROXY : parsed;
  });

/** The setting, or a message saying what is wrong with it. */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return NO_PROXY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { kind: 'hops', hops } : `TRUST_PROXY: ${hops} hops is more than any real proxy chain (at most 10)`;
  }
  const list = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    if (entry.toLowerCase() === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || extra !== undefined || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits && /^\d+$/.test(prefix ?? '')))) {
      return `TRUST_PROXY: "${entry}" is not an address, a CIDR (10.0.0.0/8) or "loopback"; use a number of hops or a comma-separated list`;
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return { kind: 'addresses', list };
}

/** An address as written in a socket or an X-Forwarded-For entry, in one spelling; null if it is none. */
export function normalizeAddress(raw: string | undefined): string | null {
  let text = (raw ?? '').trim();
  // Some proxies add the port: "203.0.113.9:51234", "[2001:db8::1]:443".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  text = text.toLowerCase();
  // A dual-stack socket reports IPv4 clients as ::ffff:203.0.113.9.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped?.[1]) text = mapped[1];
  return isIP(text) === 0 ? null : text;
}

// A longer chain is not a real path; only its nearest entries can matter.
const MAX_FORWARDED_ENTRIES = 20;

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the address
 * it forwarded (X-Forwarded-For, nearest hop last), walking back while each hop is trusted.
 * An entry a proxy passed on that is not an address stops the walk at the hop that sent it.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: TrustProxy): string {
  const peer = normalizeAddress(socketAddress) ?? 'unknown';
  if (trust.kind === 'none' || forwardedFor === undefined) return peer;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').slice(-MAX_FORWARDED_ENTRIES);
  const chain = [...forwarded.map(normalizeAddress), peer];
  let index = chain.length - 1;
  for (let hops = 0; index > 0; hops += 1) {
    const current = chain[index] ?? 'unknown';
    const believed = trust.kind === 'hops' ? hops < trust.hops : isTrusted(trust.list, current);
    const previous = chain[index - 1];
    if (!believed || !previous) break;
    index -= 1;
  }
  return chain[index] ?? peer;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}
