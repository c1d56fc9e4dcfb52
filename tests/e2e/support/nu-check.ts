/**
 * The W3C Nu checker (vnu-jar, on the system Java) over pages already fetched, for pages a
 * plain request cannot get (a signed-in moderator's): the same check as html-validity.spec.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const VNU_JAR = path.resolve(import.meta.dirname, '../../../node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  url: string;
  lastLine?: number;
  message: string;
}

/** Every error the checker finds, as "<label>:<line> <message>"; empty when all are valid. */
export function nuErrors(pages: { label: string; html: string }[]): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'vnu-moderation-'));
  try {
    const files = pages.map((page, index) => {
      const file = path.join(folder, `page-${index}.html`);
      writeFileSync(file, page.html);
      return { label: page.label, file };
    });
    let output = '';
    try {
      execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files.map((entry) => entry.file)], { stdio: 'pipe' });
    } catch (error) {
      // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
      output = String((error as { stderr?: Buffer }).stderr ?? error);
    }
    const messages: VnuMessage[] = output ? (JSON.parse(output) as { messages: VnuMessage[] }).messages : [];
    return messages.map((message) => `${files.find((entry) => message.url.endsWith(path.basename(entry.file)))?.label ?? message.url}:${message.lastLine ?? '?'} ${message.message}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
