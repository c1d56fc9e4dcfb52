import { getEnv, type Env } from '@/lib/env';

/** The digest's settings (lib/env.ts validates them and holds their defaults). */
export type DigestEnv = Pick<Env, 'DIGEST_TOP_N' | 'DIGEST_RATE' | 'DIGEST_CONCURRENCY' | 'DIGEST_MAX_ATTEMPTS' | 'DIGEST_RETRY_BASE_MS'>;

export function readDigestEnv(env: Env = getEnv()): DigestEnv {
  const { DIGEST_TOP_N, DIGEST_RATE, DIGEST_CONCURRENCY, DIGEST_MAX_ATTEMPTS, DIGEST_RETRY_BASE_MS } = env;
  return { DIGEST_TOP_N, DIGEST_RATE, DIGEST_CONCURRENCY, DIGEST_MAX_ATTEMPTS, DIGEST_RETRY_BASE_MS };
}
