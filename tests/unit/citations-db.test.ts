import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as citeRoute } from '@/app/cite/[...id]/route';
import { buildBibtex, buildBibtexFile, citationKey } from '@/lib/citations/bibtex';
import { bibtexName, bibtexValue } from '@/lib/citations/bibtex-escape';
import { buildPlainCitation } from '@/lib/citations/plain-text';
import type { CitablePaper } from '@/lib/citations/types';
import { readArxivFiles } from '@/lib/ingest/sources/arxiv-files';
import type { PaperWrite } from '@/lib/ingest/write-papers';
import { getPaperBySlug } from '@/lib/papers/queries';
import { savePapers } from '../factories/paper-factory';
import { ARXIV_DATA } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';

/** Real arXiv records (the shared API responses), stored through the importers' write path. */
beforeAll(async () => {
  await resetDatabase();
  const writes: PaperWrite[] = [];
  for await (const item of readArxivFiles([path.resolve(ARXIV_DATA, 'q_testing_s0_m100_cfe7536492ca.xml')]).items) {
    if (item.kind === 'paper' && ['2302.03287', '2306.03845', 'hep-ph/0301050', '2202.12139'].includes(item.paper.arxivId ?? '')) writes.push({ paper: item.paper, listing: null });
  }
  expect(writes).toHaveLength(4);
  await savePapers(writes);
});

async function paper(slug: string) {
  const found = await getPaperBySlug(slug);
  if (!found) throw new Error(`${slug} was not imported`);
  return found;
}

const params = (...id: string[]) => ({ params: Promise.resolve({ id }) });

describe('BibTeX of real arXiv papers', () => {
  it('follows arXiv’s own export: @misc, eprint, archivePrefix, primaryClass, url; DOI and journal reference when known', async () => {
    expect(buildBibtex(await paper('2302.03287'))).toBe(
      [
        '@misc{jalil2023chatgptsoftware,',
        '      title={ChatGPT and Software Testing Education: Promises \\& Perils},',
        '      author={Sajed Jalil and Suzzana Rafi and Thomas D. LaToza and Kevin Moran and Wing Lam},',
        '      year={2023},',
        '      eprint={2302.03287},',
        '      archivePrefix={arXiv},',
        '      primaryClass={cs.SE},',
        '      doi={10.1109/ICSTW58534.2023.00078},',
        '      note={2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)},',
        '      url={https://arxiv.org/abs/2302.03287},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keeps TeX math in a title as written, and old-style ids whole', async () => {
    const omega = buildBibtex(await paper('2306.03845'));
    expect(omega).toContain('title={$ω$Test: WebView-Oriented Testing for Android Applications},');
    expect(omega).toMatch(/^@misc\{hu2023testwebview,/);
    const old = buildBibtex(await paper('hep-ph/0301050'));
    expect(old).toContain('eprint={hep-ph/0301050},');
    expect(old).toContain('primaryClass={hep-ph},');
    expect(old).toContain('note={Phys.Lett.B573:94-100,2003},');
  });

  it('writes a plain-text citation with the arXiv id, journal reference and DOI', async () => {
    expect(buildPlainCitation(await paper('2202.12139'))).toBe(
      'Mohit Kumar Ahuja, Arnaud Gotlieb and Helge Spieker (2022). Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques. arXiv:2202.12139 [cs.SE]. Artificial Intelligence in Software Testing @ 2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW). https://doi.org/10.1109/ICSTW55395.2022.00035\n',
    );
  });

  it('serves /cite/<id>.bib and .txt as downloads, old-style ids included, and 404s the rest', async () => {
    const bib = await citeRoute(new Request('http://127.0.0.1/cite/2302.03287.bib'), params('2302.03287.bib'));
    expect(bib.status).toBe(200);
    expect(bib.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect(bib.headers.get('content-disposition')).toBe('attachment; filename="jalil2023chatgptsoftware.bib"');
    expect(await bib.text()).toContain('eprint={2302.03287}');
    const old = await citeRoute(new Request('http://127.0.0.1/cite/hep-ph/0301050.txt'), params('hep-ph', '0301050.txt'));
    expect(old.status).toBe(200);
    expect(await old.text()).toContain('arXiv:hep-ph/0301050 [hep-ph]');
    for (const id of [['2302.03287.pdf'], ['9999.99999.bib'], ['.bib'], ['a', 'b', 'c.bib']]) {
      expect((await citeRoute(new Request('http://127.0.0.1/cite/x'), params(...id))).status).toBe(404);
    }
  });
});

describe('BibTeX escaping', () => {
  const base: CitablePaper = { slug: 'x', arxivId: '2409.01234', title: 'T', authors: [{ name: 'Ada Lovelace' }], categories: ['cs.LG'], publishedAt: new Date('2024-09-02T00:00:00Z'), doi: null, journalRef: null };

  it('escapes what TeX reads as markup outside math, and leaves math and TeX escapes alone', () => {
    expect(bibtexValue('50% of C# code_bases & ~all^')).toBe('50\\% of C\\# code\\_bases \\& \\textasciitilde{}all\\textasciicircum{}');
    expect(bibtexValue('Costs $5 and $10')).toBe('Costs \\$5 and \\$10');
    expect(bibtexValue('The $O(n^{2})$ bound for $\\ell_1$ and \\"Uber-{BERT}')).toBe('The $O(n^{2})$ bound for $\\ell_1$ and \\"Uber-{BERT}');
    expect(bibtexValue('a\\1 b\\')).toBe('a\\textbackslash{}1 b\\textbackslash{}');
    expect(bibtexValue('line\n  break')).toBe('line break');
  });

  it('replaces only braces without a partner, which would otherwise end the field early', () => {
    expect(bibtexValue('Broken } title {with} a { stray')).toBe('Broken \\textbraceright{} title {with} a \\textbraceleft{} stray');
    const entry = buildBibtex({ ...base, title: 'A } B' });
    let depth = 0;
    for (const char of entry) depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    expect(depth).toBe(0);
  });

  it('braces an author whose name contains "and", so it stays one author', () => {
    expect(bibtexName('The ATLAS and CMS Collaborations')).toBe('{The ATLAS and CMS Collaborations}');
    expect(bibtexName('Alexandra Anderson')).toBe('Alexandra Anderson');
  });

  it('makes keys unique within one .bib file', () => {
    const file = buildBibtexFile([base, base, { ...base, title: 'Other' }]);
    expect([...file.matchAll(/@misc\{([^,]+),/g)].map((match) => match[1])).toEqual([citationKey(base), `${citationKey(base)}a`, 'lovelace2024other']);
  });

  it('cites a paper without an arXiv id by its page here, with no eprint fields', () => {
    const entry = buildBibtex({ ...base, arxivId: null, slug: 'a-local-paper', publishedAt: null });
    expect(entry).not.toContain('eprint');
    expect(entry).not.toContain('year=');
    expect(entry).toMatch(/url=\{http[^}]+\/papers\/a-local-paper\}/);
  });
});
