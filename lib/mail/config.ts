import path from 'node:path';
import { z } from 'zod';

/**
 * How mail leaves: SMTP_URL (smtp://user:pass@host:587, STARTTLS where the server offers it;
 * smtps:// for implicit TLS), or, unset, .eml files in OUTBOX_DIR so a person trying the app
 * sees exactly what would be sent.
 */
const mailEnvSchema = z.object({
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default('Daily Papers <papers@localhost>'),
  OUTBOX_DIR: z.string().trim().min(1).default('outbox'),
});

export interface MailConfig {
  smtpUrl: string | null;
  from: string;
  outboxDir: string;
}

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const parsed = mailEnvSchema.safeParse({
    SMTP_URL: env.SMTP_URL || undefined,
    MAIL_FROM: env.MAIL_FROM || undefined,
    OUTBOX_DIR: env.OUTBOX_DIR || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid mail configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return {
    smtpUrl: parsed.data.SMTP_URL ?? null,
    from: parsed.data.MAIL_FROM,
    outboxDir: path.resolve(parsed.data.OUTBOX_DIR),
  };
}
