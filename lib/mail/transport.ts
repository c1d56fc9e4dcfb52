import { writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { makePrivateDir, PRIVATE_FILE_MODE } from '@/lib/fs/private-files';
import { readMailConfig, type MailConfig } from './config';

export type OutgoingMessage = Omit<Mail.Options, 'from'>;

export interface SentMessage {
  messageId: string;
  /** Where the message was written, when there is no SMTP server (the outbox). */
  file: string | null;
}

export interface MailTransport {
  send(message: OutgoingMessage): Promise<SentMessage>;
  close(): void;
  /** "SMTP smtp.example.org:587" or "outbox /path/to/outbox", for logs and CLIs. */
  describe(): string;
}

export interface TransportOptions {
  /** Keep SMTP connections open and reuse them (the digest); off for one-off messages. */
  pool?: boolean;
  maxConnections?: number;
}

export function createMailTransport(options: TransportOptions = {}, config: MailConfig = readMailConfig()): MailTransport {
  return config.smtpUrl ? smtpTransport(config, config.smtpUrl, options) : outboxTransport(config);
}

function smtpTransport(config: MailConfig, smtpUrl: string, options: TransportOptions): MailTransport {
  const url = new URL(smtpUrl);
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: options.pool ?? false,
    maxConnections: options.maxConnections ?? 3,
    // Fail fast on an unreachable server: the caller decides whether to retry.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      const info = await transporter.sendMail({ ...message, from: config.from });
      return { messageId: info.messageId, file: null };
    },
    close: () => transporter.close(),
    describe: () => `SMTP ${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`,
  };
}

function outboxTransport(config: MailConfig): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transporter.sendMail({ ...message, from: config.from });
      // Each file holds a live link (a confirmation, a manage token): for the app's user only.
      makePrivateDir(config.outboxDir);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const id = info.messageId.replace(/[^a-zA-Z0-9.-]/g, '').slice(0, 60);
      const file = path.join(config.outboxDir, `${stamp}-${id}.eml`);
      writeFileSync(file, info.message as Buffer, { mode: PRIVATE_FILE_MODE });
      return { messageId: info.messageId, file };
    },
    close: () => transporter.close(),
    describe: () => `outbox ${config.outboxDir}`,
  };
}
