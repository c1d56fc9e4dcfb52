/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives: for tests (read a message, click
 * its link) and as a local development inbox. It can be told to refuse recipients with 4xx
 * (temporary, the sender should retry) or 5xx (permanent) replies, to test both paths.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMessage {
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface Refusal {
  code: number;
  /** How many attempts to refuse before accepting (Infinity: always). */
  times: number;
}

export interface SinkOptions {
  /** Where to save each message as an .eml file (the development inbox). */
  saveDir?: string;
  /**
   * Count messages instead of keeping them (the digest bench): answer "250" as soon as the data
   * ends, as an MTA does once the message is queued, instead of after parsing it, which made
   * every sender wait for this process's parser.
   */
  countOnly?: boolean;
}

export class SmtpSink {
  readonly messages: ReceivedMessage[] = [];
  /** Messages accepted since the sink started (kept or only counted). */
  received = 0;
  private readonly refusals = new Map<string, Refusal>();
  private server: SMTPServer;
  private readonly saveDir?: string;
  port = 0;

  constructor({ saveDir, countOnly = false }: SinkOptions = {}) {
    this.saveDir = saveDir;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 10 * 1024 * 1024,
      onRcptTo: (address, _session, callback) => {
        const refusal = this.refusals.get(address.address.toLowerCase());
        if (refusal && refusal.times > 0) {
          refusal.times -= 1;
          const error = Object.assign(new Error(refusal.code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: refusal.code });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        if (countOnly) {
          stream.on('data', () => undefined);
          stream.on('end', () => {
            this.received += 1;
            callback();
          });
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          simpleParser(raw)
            .then((parsed) => {
              this.received += 1;
              this.messages.push({ to, raw, parsed });
              if (this.saveDir) this.save(raw, to);
              callback();
            })
            .catch(callback);
        });
      },
    });
  }

  /** Refuse RCPT TO for an address with this reply code, `times` times. */
  refuse(address: string, code: number, times = Number.POSITIVE_INFINITY): void {
    this.refusals.set(address.toLowerCase(), { code, times });
  }

  /** Forgets received messages and refusals, between tests. */
  reset(): void {
    this.messages.length = 0;
    this.refusals.clear();
  }

  to(address: string): ReceivedMessage[] {
    return this.messages.filter((message) => message.to.includes(address.toLowerCase()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  listen(port = 0): Promise<this> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        const address = this.server.server.address();
        this.port = typeof address === 'object' && address ? address.port : port;
        resolve(this);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private save(raw: string, to: string[]): void {
    if (!this.saveDir) return;
    mkdirSync(this.saveDir, { recursive: true });
    const name = `${Date.now()}-${this.messages.length}-${(to[0] ?? 'unknown').replace(/[^a-z0-9@.-]/gi, '_')}.eml`;
    writeFileSync(path.join(this.saveDir, name), raw);
  }
}
