import { afterEach, describe, expect, it } from 'vitest';
import { addressKey } from '@/lib/http/address-key';
import { normalizeAddress, parseTrustProxy, resolveClientAddress, type TrustProxy } from '@/lib/http/trust-proxy';

function trust(value: string): TrustProxy {
  const parsed = parseTrustProxy(value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('TRUST_PROXY', () => {
  it('accepts nothing, a number of hops, or a list of addresses, CIDRs and "loopback"', () => {
    for (const none of ['', '0', 'false']) expect(trust(none)).toEqual({ kind: 'none' });
    expect(trust('2')).toEqual({ kind: 'hops', hops: 2 });
    expect(trust('loopback, 10.0.0.0/8, 2001:db8::/32, 192.0.2.7').kind).toBe('addresses');
  });

  it('names the variable and the bad entry', () => {
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0.0/8/1', 'nginx', '10.0.0.0/x', '99']) {
      expect(parseTrustProxy(bad)).toMatch(/^TRUST_PROXY: /);
    }
  });
});

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted', () => {
    expect(resolveClientAddress('::ffff:127.0.0.2', '198.51.100.1', trust(''))).toBe('127.0.0.2');
  });

  it('walks back X-Forwarded-For over trusted proxies only', () => {
    const nginx = trust('loopback');
    expect(resolveClientAddress('127.0.0.1', 'forged, 203.0.113.9', nginx)).toBe('203.0.113.9');
    expect(resolveClientAddress('::1', '203.0.113.9', nginx)).toBe('203.0.113.9');
    // Behind a CDN and nginx: both trusted, the CDN's client is the client.
    expect(resolveClientAddress('127.0.0.1', '203.0.113.9, 10.1.2.3', trust('loopback,10.0.0.0/8'))).toBe('203.0.113.9');
    // A client that is not a trusted proxy is not believed.
    expect(resolveClientAddress('198.51.100.4', '203.0.113.9', nginx)).toBe('198.51.100.4');
    // Nothing forwarded: the proxy itself.
    expect(resolveClientAddress('127.0.0.1', undefined, nginx)).toBe('127.0.0.1');
    // Garbage passed on by a trusted proxy stops at the proxy.
    expect(resolveClientAddress('127.0.0.1', 'not-an-address', nginx)).toBe('127.0.0.1');
  });

  it('counts hops when told how many proxies there are', () => {
    expect(resolveClientAddress('10.0.0.2', 'forged, 203.0.113.9, 10.0.0.1', trust('2'))).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.2', undefined, trust('1'))).toBe('10.0.0.2');
  });

  it('reads addresses with ports and in IPv4-mapped form', () => {
    expect(normalizeAddress('203.0.113.9:5123')).toBe('203.0.113.9');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(normalizeAddress('unknown')).toBeNull();
  });
});

describe('getEnv', () => {
  const saved = process.env.TRUST_PROXY;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = saved;
  });

  it('fails fast on a bad TRUST_PROXY, naming it', async () => {
    process.env.TRUST_PROXY = 'nginx';
    const { getEnv } = await import('@/lib/env');
    expect(() => getEnv()).toThrow(/TRUST_PROXY: "nginx" is not an address/);
  });
});

describe('what a limit counts by', () => {
  it('is an IPv4 address itself, and the /64 an IPv6 address belongs to', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('2001:db8:a:b:1:2:3:4')).toBe('2001:db8:a:b::/64');
    expect(addressKey('2001:db8:a:b::ffff')).toBe('2001:db8:a:b::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('64:ff9b::203.0.113.9')).toBe('64:ff9b:0:0::/64');
    expect(addressKey('unknown')).toBe('unknown');
  });
});
