import { describe, expect, it } from 'vitest';
import { splitAuthorList } from '@/lib/ingest/authors';
import { detexName } from '@/lib/ingest/detex';
import { readLines } from '@/lib/ingest/lines';
import { canonicalAbstract } from '@/lib/ingest/text';
import { splitAbstractParagraphs } from '@/lib/papers/abstract';

describe('author lists', () => {
  it('splits on commas and "and", keeping a trailing parenthesis as the affiliation', () => {
    expect(splitAuthorList('A. Smith (MIT), B. Jones and C.-P. Yuan')).toEqual([
      { name: 'A. Smith', affiliation: 'MIT' },
      { name: 'B. Jones', affiliation: null },
      { name: 'C.-P. Yuan', affiliation: null },
    ]);
    expect(splitAuthorList('J. Doe (Univ. of X, Dept. (Physics)), K. Roe')[0]).toEqual({ name: 'J. Doe', affiliation: 'Univ. of X, Dept. (Physics)' });
  });

  it('drops footnote markers and a closing legend instead of guessing', () => {
    expect(splitAuthorList('A. One (1), B. Two (2) ((1) MIT, (2) ETH)').map((author) => author.name)).toEqual(['A. One', 'B. Two']);
  });

  it('turns TeX accents in names into letters', () => {
    expect(detexName("C. Bal\\'azs")).toBe('C. Balázs');
    expect(detexName('M{\\"u}ller and \\v{S}koda, {\\o}rsted, Stra{\\ss}e')).toBe('Müller and Škoda, ørsted, Straße');
    expect(detexName("Fran\\c{c}ois Erd\\H{o}s \\'{\\i}")).toBe('François Erdős í');
    expect(detexName('No TeX here')).toBe('No TeX here');
  });
});

describe('abstracts', () => {
  it('keeps the paragraphs the paper page shows, one blank line apart', () => {
    const raw = '  We describe a new\nalgorithm.\n  Second paragraph\nhere.\n\n\nThird\t\tone.\n';
    expect(canonicalAbstract(raw)).toBe('We describe a new algorithm.\n\nSecond paragraph here.\n\nThird one.');
    expect(canonicalAbstract(raw)).toBe(splitAbstractParagraphs(raw).join('\n\n'));
    expect(canonicalAbstract('Null\u0000 bytes vanish.')).toBe('Null bytes vanish.');
  });
});

describe('reading lines', () => {
  async function* chunks(...parts: string[]) {
    for (const part of parts) yield Buffer.from(part);
  }

  it('joins lines split across chunks, including a character split in half', async () => {
    const euro = Buffer.from('€');
    async function* split() {
      yield Buffer.concat([Buffer.from('a\nb'), euro.subarray(0, 1)]);
      yield Buffer.concat([euro.subarray(1), Buffer.from('c\nlast')]);
    }
    const lines = [];
    for await (const line of readLines(split())) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: 'b€c' },
      { number: 3, text: 'last' },
    ]);
  });

  it('skips a line longer than the limit without holding it, and goes on', async () => {
    const lines = [];
    for await (const line of readLines(chunks('ok\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'), 50)) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: 'ok' },
      { number: 2, tooLong: true },
      { number: 3, text: 'next' },
    ]);
  });
});
