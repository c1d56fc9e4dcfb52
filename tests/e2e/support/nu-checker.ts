/** The W3C Nu checker (vnu-jar on the system Java) over saved HTML, as html-validity.spec.ts runs it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const VNU_JAR = path.resolve(import.meta.dirname, '../../../node_modules/vnu-jar/build/dist/vnu.jar');

/** Errors per page ("name:line message"); empty when every page is valid. */
export function nuErrors(pages: { name: string; html: string }[]): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const files = pages.map((page, index) => {
      const file = path.join(folder, `page-${index}.html`);
      writeFileSync(file, page.html);
      return { name: page.name, file };
    });
    let output = '';
    try {
      execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files.map((entry) => entry.file)], { stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr?: Buffer }).stderr ?? error);
    }
    const messages: { url: string; lastLine?: number; message: string }[] = output ? (JSON.parse(output) as { messages: { url: string; lastLine?: number; message: string }[] }).messages : [];
    return messages.map((message) => `${files.find((entry) => message.url.endsWith(path.basename(entry.file)))?.name ?? message.url}:${message.lastLine ?? '?'} ${message.message}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
