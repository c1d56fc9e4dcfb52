import { getEnv, type Env } from '@/lib/env';

/**
 * arXiv asks automated clients to identify themselves. INGEST_USER_AGENT overrides; otherwise
 * the product, its version and the site it feeds, plus INGEST_CONTACT_EMAIL when set.
 */
export function ingestUserAgent(env: Env = getEnv()): string {
  if (env.INGEST_USER_AGENT) return env.INGEST_USER_AGENT;
  const version = env.npm_package_version ?? '0.1.0';
  const contact = env.INGEST_CONTACT_EMAIL;
  return `daily-papers/${version} (+${env.PUBLIC_BASE_URL}${contact ? `; mailto:${contact}` : ''})`;
}
