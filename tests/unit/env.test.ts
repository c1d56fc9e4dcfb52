import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEnv, parseEnv, resetEnvCache } from '@/lib/env';
import { absoluteUrl } from '@/lib/site-url';

// The variables these tests change, put back after each so the rest of the file sees the
// environment vitest started with.
const TOUCHED = ['HOST', 'PORT', 'PUBLIC_BASE_URL', 'REVALIDATE_URLS'] as const;
const saved = Object.fromEntries(TOUCHED.map((key) => [key, process.env[key]]));
beforeEach(resetEnvCache);
afterEach(() => {
  for (const key of TOUCHED) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  resetEnvCache();
});

describe('PUBLIC_BASE_URL follows the address being served', () => {
  it('maps a wildcard listen address to one a browser can open', () => {
    expect(parseEnv({ HOST: '0.0.0.0', PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://127.0.0.1:8080');
    expect(parseEnv({ HOST: '::', PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(parseEnv({ HOST: '::1', PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://[::1]:8080');
  });

  it('the data-changing commands ask the app at that same address to refresh', () => {
    expect(parseEnv({ HOST: '0.0.0.0', PORT: '8080' }).REVALIDATE_URLS).toEqual(['http://127.0.0.1:8080']);
  });

  it('an explicit PUBLIC_BASE_URL wins, without its trailing slash', () => {
    process.env.PORT = '8080';
    process.env.PUBLIC_BASE_URL = 'https://papers.example.org/';
    expect(absoluteUrl('/feed.xml')).toBe('https://papers.example.org/feed.xml');
  });
});

describe('the environment, parsed once for every part', () => {
  it('has the README defaults on an empty environment', () => {
    expect(parseEnv({})).toMatchObject({
      DATABASE_URL: undefined,
      DATABASE_POOL_SIZE: 10,
      HOST: '127.0.0.1',
      PORT: 3000,
      PAGE_CACHE_MB: 64,
      PROXY_MAX_AGE: 60,
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
      SMTP_URL: undefined,
      MAIL_FROM: 'Daily Papers <papers@localhost>',
      OUTBOX_DIR: 'outbox',
      REVALIDATE_URLS: ['http://127.0.0.1:3000'],
      DIGEST_TOP_N: 10,
      DIGEST_RATE: 20,
      DIGEST_CONCURRENCY: 3,
      DIGEST_MAX_ATTEMPTS: 5,
      DIGEST_RETRY_BASE_MS: 30_000,
      ARXIV_API_URL: 'https://export.arxiv.org/api/query',
      INGEST_REQUEST_INTERVAL_MS: 3000,
      INGEST_MAX_ATTEMPTS: 4,
      INGEST_RETRY_BACKOFF_MS: 5000,
      INGEST_TIMEOUT_MS: 60_000,
      INGEST_PROGRESS_INTERVAL_MS: 10_000,
      INGEST_WORKER: true,
    });
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ PORT: '', DATABASE_POOL_SIZE: ' ', PUBLIC_BASE_URL: '' })).toMatchObject({ PORT: 3000, DATABASE_POOL_SIZE: 10, PUBLIC_BASE_URL: 'http://127.0.0.1:3000' });
  });

  it.each([
    ['DATABASE_POOL_SIZE', 'abc'],
    ['DATABASE_POOL_SIZE', '0'],
    ['PAGE_CACHE_MB', '-1'],
    ['PORT', '80a'],
    ['PROXY_MAX_AGE', '1.5'],
    ['INGEST_REQUEST_INTERVAL_MS', 'fast'],
    ['INGEST_MAX_ATTEMPTS', '0'],
    ['INGEST_TIMEOUT_MS', '-5'],
    ['INGEST_PROGRESS_INTERVAL_MS', '10s'],
    ['INGEST_WORKER', 'no'],
    ['DIGEST_TOP_N', '1000'],
    ['REVALIDATE_URLS', 'http://10.0.0.2:3000,10.0.0.3:3000'],
    ['ARXIV_API_URL', 'export.arxiv.org/api/query'],
    ['DATABASE_URL', 'mysql://localhost/papers'],
    ['SMTP_URL', 'mail.example.org:587'],
    ['APP_SECRET', 'short'],
  ])('refuses %s=%j with a message naming it', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`^Invalid environment configuration:\\n  ${name} `));
  });

  it('names every bad variable at once, and never echoes a password', () => {
    let message = '';
    try {
      parseEnv({ PORT: 'abc', DATABASE_URL: 'mysql://admin:hunter2@db/papers', SMTP_URL: 'http://user:hunter2@mail' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/PORT must be a whole number from 1 to 65535 \(got "abc"\)/);
    expect(message).toMatch(/DATABASE_URL must start with/);
    expect(message).toMatch(/SMTP_URL must be/);
    expect(message).not.toContain('hunter2');
  });

  it('is read once, and again after resetEnvCache() (for tests that change a variable)', () => {
    process.env.PORT = '4000';
    delete process.env.PUBLIC_BASE_URL;
    expect(getEnv().PORT).toBe(4000);
    process.env.PORT = '4001';
    expect(getEnv().PORT).toBe(4000);
    resetEnvCache();
    expect(getEnv().PUBLIC_BASE_URL).toBe('http://127.0.0.1:4001');
  });
});
