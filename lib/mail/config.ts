import path from 'node:path';
import { getEnv, type Env } from '@/lib/env';

/**
 * How mail leaves: SMTP_URL (smtp://user:pass@host:587, STARTTLS where the server offers it;
 * smtps:// for implicit TLS), or, unset, .eml files in OUTBOX_DIR so a person trying the app
 * sees exactly what would be sent.
 */
export interface MailConfig {
  smtpUrl: string | null;
  from: string;
  outboxDir: string;
}

export function readMailConfig(env: Env = getEnv()): MailConfig {
  return { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM, outboxDir: path.resolve(env.OUTBOX_DIR) };
}
