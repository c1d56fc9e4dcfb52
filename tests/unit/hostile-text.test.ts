import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toRichPieces } from '@/lib/math/rich-text';
import { ROOT } from '../support/run-cli';

/**
 * Abstracts and titles come from importers we do not control; one crafted record used to block
 * every page showing it. Each case below is a megabyte of hostile text. A linear pass takes
 * milliseconds; the quadratic code it replaced needed tens of minutes to hours for these
 * (measured at 20k characters: 1 to 40 s, growing with the square). The child is given two
 * minutes, a guard no linear run comes near on a loaded machine (~10 s with its start-up) and
 * no quadratic run gets under: the assertion is that it finishes with the right answer.
 */
const GUARD_MS = 120_000;
const MEGA = 1_000_000;

/** How the child prints long strings: their first characters and length. */
function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 24)}…(${value.length})` : value;
}

interface Job {
  prefix?: string;
  unit: string;
  times: number;
  suffix?: string;
}

function runTextJob(module: string, name: string, job: Job): Promise<{ finished: boolean; output: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/run-text-job.ts', module, name, JSON.stringify(job)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), GUARD_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ finished: code === 0, output, stderr });
    });
  });
}

describe('hostile abstracts are processed in linear time', () => {
  it.each([
    {
      what: 'TeX segmentation of `$x$0$0…` (every `$` used to rescan to the end)',
      module: 'lib/math/rich-text.ts',
      name: 'toRichPieces',
      job: { prefix: '$x', unit: '$0', times: MEGA / 2 },
      expected: [{ kind: 'text', text: short(`$x${'$0'.repeat(MEGA / 2)}`) }],
    },
    {
      what: 'plain text for feeds and metadata of the same',
      module: 'lib/math/rich-text.ts',
      name: 'toPlainText',
      job: { prefix: '$x', unit: '$0', times: MEGA / 2 },
      expected: short(`$x${'$0'.repeat(MEGA / 2)}`),
    },
    {
      what: 'a link followed by a million `)` (each used to recount the parentheses)',
      module: 'lib/math/rich-text.ts',
      name: 'toRichPieces',
      job: { prefix: 'see http://a.org/x', unit: ')', times: MEGA },
      expected: [
        { kind: 'text', text: 'see ' },
        { kind: 'link', url: 'http://a.org/x', text: 'http://a.org/x' },
        { kind: 'text', text: short(')'.repeat(MEGA)) },
      ],
    },
    {
      what: 'a link with a million dots inside (a `[.,]+$` trim backtracked from each)',
      module: 'lib/math/rich-text.ts',
      name: 'toRichPieces',
      job: { prefix: 'http://a.org/', unit: '.', times: MEGA, suffix: 'x.' },
      expected: [
        { kind: 'link', url: short(`http://a.org/${'.'.repeat(MEGA)}x`), text: short(`http://a.org/${'.'.repeat(MEGA)}x`) },
        { kind: 'text', text: '.' },
      ],
    },
    {
      what: 'the code link of the same',
      module: 'lib/papers/abstract.ts',
      name: 'findCodeUrlInAbstract',
      job: { prefix: 'https://github.com/a/b', unit: '.', times: MEGA, suffix: 'x' },
      expected: short(`https://github.com/a/b${'.'.repeat(MEGA)}x`),
    },
    {
      what: 'paragraphs of an abstract with a million no-break spaces',
      module: 'lib/papers/abstract.ts',
      name: 'splitAbstractParagraphs',
      job: { prefix: 'a', unit: '\u00a0', times: MEGA, suffix: 'b\nc' },
      expected: [short(`a${'\u00a0'.repeat(MEGA)}b c`)],
    },
    {
      what: 'an author list with half a million `( (1)` and no closing legend (the legend regex rescanned from each)',
      module: 'lib/ingest/authors.ts',
      name: 'splitAuthorList',
      job: { prefix: 'A. Author,', unit: ' ( (1)', times: MEGA / 2, suffix: ' x' },
      expected: [{ name: 'A. Author', affiliation: null }],
    },
  ])('$what', async ({ module, name, job, expected }) => {
    const { finished, output, stderr } = await runTextJob(module, name, job);
    expect(stderr).toBe('');
    expect(finished).toBe(true);
    expect(JSON.parse(output)).toEqual(expected);
  }, GUARD_MS + 30_000);
});

describe('KaTeX work per text is bounded', () => {
  it('typesets an arXiv-sized abstract full of tiny formulas, and leaves the excess of a huge one as TeX', () => {
    const arxivSized = '$x$ '.repeat(480);
    expect(toRichPieces(arxivSized).filter((piece) => piece.kind === 'math')).toHaveLength(480);
    const huge = toRichPieces('$x$ '.repeat(25_000));
    expect(huge.filter((piece) => piece.kind === 'math')).toHaveLength(1_000);
    expect(huge.at(-1)).toEqual({ kind: 'text', text: ` ${'$x$ '.repeat(24_000)}` });
  });
});
