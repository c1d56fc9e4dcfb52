import { getEnv } from '@/lib/env';

/**
 * arXiv asks automated clients to identify themselves. INGEST_USER_AGENT overrides; otherwise
 * the product, its version and the site it feeds, plus INGEST_CONTACT_EMAIL when set.
 */
export function ingestUserAgent(env: NodeJS.ProcessEnv = process.env): string {
  if (env.INGEST_USER_AGENT?.trim()) return env.INGEST_USER_AGENT.trim();
  const version = env.npm_package_version ?? '0.1.0';
  const contact = env.INGEST_CONTACT_EMAIL?.trim();
  return `daily-papers/${version} (+${getEnv().PUBLIC_BASE_URL}${contact ? `; mailto:${contact}` : ''})`;
}
