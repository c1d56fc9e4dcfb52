/**
 * The messages the app sent, as the test SMTP server saved them (E2E_MAIL_DIR), so a test can
 * read a message and follow its links like a person would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the e2e tests through `npm run test:e2e`.');
  return dir;
}

export async function messagesTo(address: string): Promise<ParsedMail[]> {
  const dir = mailDir();
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((name) => name.endsWith('.eml') && name.toLowerCase().includes(address.toLowerCase())).sort();
  return Promise.all(files.map((name) => simpleParser(readFileSync(path.join(dir, name)))));
}

/** Waits for the newest message to `address` whose subject matches. */
export async function waitForMessage(address: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(async () => {
      found = (await messagesTo(address)).filter((message) => subject.test(message.subject ?? '')).at(-1);
      return Boolean(found);
    }, { message: `a message to ${address} with subject ${subject}` })
    .toBe(true);
  return found as ParsedMail;
}

/** The first link in a message's text part whose path starts with `pathname`. */
export function linkIn(message: ParsedMail, pathname: string): string {
  const link = (message.text ?? '').match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname === pathname);
  if (!link) throw new Error(`no ${pathname} link in message "${message.subject}"`);
  return link;
}

/** Runs the digest command against the server's database and mail server, as an operator would. */
export function runDigestCommand(...args: string[]): string {
  const root = path.resolve(import.meta.dirname, '../../..');
  return execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/digest.ts', ...args], {
    cwd: root,
    env: { ...process.env, DIGEST_RATE: '0' },
    encoding: 'utf8',
  });
}
