import { z } from 'zod';
import { DEFAULT_SEND_OPTIONS } from './send-digest';

/** Digest settings from the environment, each with a working default. */
const digestEnvSchema = z.object({
  DIGEST_TOP_N: z.coerce.number().int().min(1).max(100).default(10),
  DIGEST_RATE: z.coerce.number().min(0).max(10_000).default(DEFAULT_SEND_OPTIONS.rate),
  DIGEST_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(DEFAULT_SEND_OPTIONS.concurrency),
  DIGEST_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(DEFAULT_SEND_OPTIONS.maxAttempts),
  DIGEST_RETRY_BASE_MS: z.coerce.number().int().min(0).max(86_400_000).default(DEFAULT_SEND_OPTIONS.retryBaseMs),
});

export type DigestEnv = z.infer<typeof digestEnvSchema>;

export function readDigestEnv(env: NodeJS.ProcessEnv = process.env): DigestEnv {
  const values = Object.fromEntries(Object.keys(digestEnvSchema.shape).map((key) => [key, env[key] || undefined]));
  const parsed = digestEnvSchema.safeParse(values);
  if (!parsed.success) {
    throw new Error(`Invalid digest settings: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}
