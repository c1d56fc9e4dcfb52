import { describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { absoluteUrl } from '@/lib/site-url';

// Set before the first read (each test file runs in its own process): `PORT=8080 npm start`.
delete process.env.PUBLIC_BASE_URL;
process.env.HOST = '127.0.0.1';
process.env.PORT = '8080';

describe('absolute links when PUBLIC_BASE_URL is unset', () => {
  it('point at the address being served, http://HOST:PORT, not port 3000', () => {
    expect(getEnv().PUBLIC_BASE_URL).toBe('http://127.0.0.1:8080');
    expect(absoluteUrl('/papers/date/2025-09-04')).toBe('http://127.0.0.1:8080/papers/date/2025-09-04');
    expect(absoluteUrl('feed.xml')).toBe('http://127.0.0.1:8080/feed.xml');
  });
});
