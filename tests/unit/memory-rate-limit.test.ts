import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from '@/lib/api/memory-rate-limit';

describe('the API rate limiter', () => {
  it('allows the limit per window and per key, then refuses until the window ends', () => {
    const limiter = createMemoryRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(limiter.hit('a', 0)).toMatchObject({ allowed: true, remaining: 1, resetSeconds: 60 });
    expect(limiter.hit('a', 1_000)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 59 });
    expect(limiter.hit('a', 2_000)).toMatchObject({ allowed: false, remaining: 0 });
    expect(limiter.hit('b', 2_000).allowed).toBe(true);
    expect(limiter.hit('a', 60_000)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('keeps at most maxKeys addresses in memory', () => {
    const limiter = createMemoryRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.hit('a', 0);
    limiter.hit('b', 0);
    limiter.hit('c', 0); // evicts the oldest, "a"
    expect(limiter.hit('a', 1).allowed).toBe(true);
  });
});
