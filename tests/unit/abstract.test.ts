import { describe, expect, it } from 'vitest';
import { findCodeUrlInAbstract, splitAbstractParagraphs } from '@/lib/papers/abstract';
import { buildDisplayLinks } from '@/lib/papers/display-links';

describe('splitAbstractParagraphs', () => {
  it('rewraps hard-wrapped lines and keeps paragraphs', () => {
    const abstract = '  We describe a new algorithm, the pebble game, and use\nit to obtain results.\n\nSecond paragraph\nhere.\n  Third, indented.';
    expect(splitAbstractParagraphs(abstract)).toEqual([
      'We describe a new algorithm, the pebble game, and use it to obtain results.',
      'Second paragraph here.',
      'Third, indented.',
    ]);
  });

  it('returns one paragraph for single-line text and none for blank text', () => {
    expect(splitAbstractParagraphs('One line.')).toEqual(['One line.']);
    expect(splitAbstractParagraphs(' \n ')).toEqual([]);
  });
});

describe('findCodeUrlInAbstract', () => {
  it('takes the repository, not the sentence punctuation', () => {
    expect(findCodeUrlInAbstract('Code is available at https://github.com/brdav/cma.')).toBe('https://github.com/brdav/cma');
    expect(findCodeUrlInAbstract('See (https://gitlab.com/a/b).')).toBe('https://gitlab.com/a/b');
    expect(findCodeUrlInAbstract('Home page: http://www.bhchen.cn/}.')).toBeNull();
    expect(findCodeUrlInAbstract('No links here.')).toBeNull();
  });
});

describe('buildDisplayLinks', () => {
  it('adds the arXiv page, PDF and DOI that the identifiers imply, in a fixed order', () => {
    const links = buildDisplayLinks({
      arxivId: '2407.13168',
      doi: '10.1000/xyz',
      links: [{ kind: 'code', url: 'https://github.com/a/b', title: null }],
    });
    expect(links.map((link) => [link.label, link.url])).toEqual([
      ['arXiv page', 'https://arxiv.org/abs/2407.13168'],
      ['PDF', 'https://arxiv.org/pdf/2407.13168'],
      ['Code', 'https://github.com/a/b'],
      ['DOI', 'https://doi.org/10.1000/xyz'],
    ]);
  });

  it('adds nothing for a paper without identifiers', () => {
    expect(buildDisplayLinks({ arxivId: null, doi: null, links: [] })).toEqual([]);
  });
});
