import { z } from 'zod';
import { trustProxySchema } from '@/lib/http/trust-proxy';

/**
 * The app's environment, parsed once. Every variable has a default that works on a fresh clone
 * (SQLite under ./data, the site at http://127.0.0.1:3000); a bad value fails fast with a
 * message naming the variable.
 */
const envSchema = z.object({
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'PUBLIC_BASE_URL must be an http(s) URL such as https://papers.example.org' })
    .default('http://127.0.0.1:3000')
    .transform((value) => value.replace(/\/+$/, '')),
  REVALIDATE_SECRET: z.string().min(16, 'REVALIDATE_SECRET must be at least 16 characters').optional(),
  // Which proxies may tell the app the client's address (lib/http/trust-proxy.ts, decision 010).
  TRUST_PROXY: trustProxySchema,
  // Searches (/search and /api/papers/search) per minute per client address; 0 turns the limit off.
  SEARCH_RATE_LIMIT: z.coerce.number({ error: 'SEARCH_RATE_LIMIT must be a whole number of searches per minute (0 turns the limit off)' }).int().min(0).default(60),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse({
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || undefined,
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET || undefined,
    TRUST_PROXY: process.env.TRUST_PROXY || undefined,
    SEARCH_RATE_LIMIT: process.env.SEARCH_RATE_LIMIT || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
