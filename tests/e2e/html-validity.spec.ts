import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const VNU_JAR = path.resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');
const PAGES = ['/', '/search?q=embedding', '/papers/date/2025-09-02', '/papers/date/2025-09-03', '/papers/date/2025-09-04?sort=trending', '/papers/2407.13168', '/papers/hep-th/9608091', '/papers/no-such-paper', '/papers/week/2025-W36', '/papers/month/2025-08', '/papers/date/2025-08-29?sort=newest&category=cs.LG', '/papers/category/cs.LG', '/papers/2508.20001', '/papers/2508.20002', '/confirm?token=x', '/preferences?token=1.x', '/unsubscribe?token=1.x', '/signin', '/signin?notice=sent', '/signin/confirm?token=x', '/account/email/confirm?token=x', '/account/deleted', '/u/nobody-at-all', '/papers/submit', '/for-you', '/following'];

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every page is valid HTML (W3C Nu checker)', async ({ request }) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const files = await Promise.all(
      PAGES.map(async (pagePath, index) => {
        const response = await request.get(pagePath);
        const file = path.join(folder, `page-${index}.html`);
        writeFileSync(file, await response.text());
        return { pagePath, file };
      }),
    );
    let output = '';
    try {
      execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files.map((entry) => entry.file)], { stdio: 'pipe' });
    } catch (error) {
      // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
      output = String((error as { stderr?: Buffer }).stderr ?? error);
    }
    const messages: VnuMessage[] = output ? (JSON.parse(output) as { messages: VnuMessage[] }).messages : [];
    const errors = messages.map((message) => {
      const page = files.find((entry) => message.url.endsWith(path.basename(entry.file)))?.pagePath ?? message.url;
      return `${page}:${message.lastLine ?? '?'} ${message.message}`;
    });
    expect(errors).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
