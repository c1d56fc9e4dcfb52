import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createMailTransport, type MailTransport } from '@/lib/mail/transport';
import { SmtpSink } from '../../scripts/dev/smtp-sink';

export { SmtpSink };

/** A real SMTP transport to a sink, as the app would use with SMTP_URL. */
export function transportTo(sink: SmtpSink, pool = false): MailTransport {
  return createMailTransport({ pool }, { smtpUrl: sink.url, from: 'Daily Papers <papers@test.example>', outboxDir: '/nonexistent' });
}

/** The link in a message's text part that starts with `prefix` (e.g. http://…/confirm?token=). */
export function linkIn(text: string | undefined, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[?]/g, '\\?')}[^\\s]+`).exec(text ?? '');
  if (!match) throw new Error(`no ${pathPrefix} link in:\n${text}`);
  return match[0];
}

export function tokenOf(url: string): string {
  return new URL(url).searchParams.get('token') ?? '';
}

/** A real SMTP server for one test file: listening before its tests, emptied before each, closed after. */
export function setUpSmtpSink(): SmtpSink {
  const sink = new SmtpSink();
  beforeAll(async () => {
    await sink.listen();
  });
  beforeEach(() => sink.reset());
  afterAll(() => sink.close());
  return sink;
}
