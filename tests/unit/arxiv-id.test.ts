import { describe, expect, it } from 'vitest';
import { formatArxivId, parseArxivId, parseArxivReference } from '@/lib/papers/arxiv-id';
import { paperPath, parsePaperRef } from '@/lib/papers/paper-ref';
import { slugifyTitle } from '@/lib/papers/slug';

describe('parseArxivId', () => {
  it.each([
    ['2407.13168', { id: '2407.13168', version: null }],
    ['2407.13168v2', { id: '2407.13168', version: 2 }],
    ['0704.0002', { id: '0704.0002', version: null }],
    ['1111.2011v2', { id: '1111.2011', version: 2 }],
    ['2503.02130', { id: '2503.02130', version: null }],
    ['hep-th/9608091', { id: 'hep-th/9608091', version: null }],
    ['quant-ph/0201082v1', { id: 'quant-ph/0201082', version: 1 }],
    ['math.GT/0309136', { id: 'math.GT/0309136', version: null }],
    ['astro-ph/0601001', { id: 'astro-ph/0601001', version: null }],
  ])('parses %s', (input, expected) => {
    expect(parseArxivId(input)).toEqual(expected);
  });

  it('keeps trailing zeros (ids are strings, never numbers)', () => {
    expect(parseArxivId('2503.02130')?.id).toBe('2503.02130');
  });

  it.each(['abc', '0000.0000', '2413.00001', '2407.123', '2407.123456', '2407.13168v0', 'hep-th/960809', 'HEP-TH/9608091', '../etc/passwd'])(
    'rejects %s',
    (input) => {
      expect(parseArxivId(input)).toBeNull();
    },
  );

  it('reads ids out of arXiv URLs and arXiv: prefixes', () => {
    expect(parseArxivReference('https://arxiv.org/abs/2407.13168v3')).toEqual({ id: '2407.13168', version: 3 });
    expect(parseArxivReference('http://arxiv.org/pdf/hep-th/9608091v1.pdf')).toEqual({ id: 'hep-th/9608091', version: 1 });
    expect(parseArxivReference('arXiv:2407.13168')).toEqual({ id: '2407.13168', version: null });
    expect(parseArxivReference('https://example.org/abs/2407.13168')).toBeNull();
  });

  it('formats an id with its version', () => {
    expect(formatArxivId({ id: 'hep-th/9608091', version: 2 })).toBe('hep-th/9608091v2');
  });
});

describe('parsePaperRef (the /papers/<id> segments)', () => {
  it('reads new-style, old-style and versioned ids', () => {
    expect(parsePaperRef(['2407.13168'])).toEqual({ kind: 'arxiv', id: '2407.13168', version: null });
    expect(parsePaperRef(['2407.13168v2'])).toEqual({ kind: 'arxiv', id: '2407.13168', version: 2 });
    expect(parsePaperRef(['hep-th', '9608091'])).toEqual({ kind: 'arxiv', id: 'hep-th/9608091', version: null });
    expect(parsePaperRef(['hep-th%2F9608091'])).toEqual({ kind: 'arxiv', id: 'hep-th/9608091', version: null });
  });

  it('reads title slugs and rejects anything else', () => {
    expect(parsePaperRef(['unified-embedding-battle-tested'])).toEqual({ kind: 'slug', slug: 'unified-embedding-battle-tested' });
    expect(parsePaperRef(['Not_A_Slug'])).toBeNull();
    expect(parsePaperRef(['a', 'b', 'c'])).toBeNull();
    expect(parsePaperRef([])).toBeNull();
    expect(parsePaperRef(['%E0%A4%A'])).toBeNull();
    expect(parsePaperRef(['x'.repeat(101)])).toBeNull();
  });

  it('builds canonical paths that keep the old-style slash', () => {
    expect(paperPath('hep-th/9608091')).toBe('/papers/hep-th/9608091');
    expect(paperPath('2407.13168')).toBe('/papers/2407.13168');
  });
});

describe('slugifyTitle', () => {
  it('is readable, stable and URL-safe', () => {
    expect(slugifyTitle('Unified Embedding: Battle-Tested Feature Representations for Web-Scale ML Systems')).toBe(
      'unified-embedding-battle-tested-feature-representations-for-web-scale-ml-systems',
    );
    expect(slugifyTitle('Café à la Schrödinger')).toBe('cafe-a-la-schrodinger');
    expect(slugifyTitle('8-bit Optimizers via Block-wise Quantization')).toBe('8-bit-optimizers-via-block-wise-quantization');
  });

  it('cuts long titles at a word boundary and always returns something', () => {
    const slug = slugifyTitle('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugifyTitle('∑∫√')).toBe('paper');
  });

  it('every slug it makes is accepted as a paper ref', () => {
    for (const title of ['ADMIRE-BayesOpt: Accelerated Data MIxture RE-weighting', 'x'.repeat(200), 'Ωmega']) {
      expect(parsePaperRef([slugifyTitle(title)])).toMatchObject({ kind: 'slug' });
    }
  });
});
