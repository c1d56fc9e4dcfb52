import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArxivFiles } from '@/lib/ingest/sources/arxiv-files';
import { ArxivApiError } from '@/lib/ingest/sources/arxiv-entry';
import { InputFormatError, type SourceItem } from '@/lib/ingest/types';
import { ARXIV_DATA } from '../support/ingest-server';

async function parse(name: string) {
  const items: SourceItem[] = [];
  for await (const item of readArxivFiles([path.resolve(ARXIV_DATA, name)]).items) items.push(item);
  return items.map((item) => {
    if (item.kind !== 'paper') throw new Error(`${item.position}: ${item.reason}`);
    return { ...item.paper, listing: item.listing };
  });
}

describe('arXiv API responses', () => {
  it('reads all 100 entries of the current format, with versions, comments, journal refs and DOIs', async () => {
    const papers = await parse('q_testing_s0_m100_cfe7536492ca.xml');
    expect(papers).toHaveLength(100);
    expect(new Set(papers.map((paper) => paper.arxivId)).size).toBe(100);
    expect(papers[0]).toMatchObject({
      arxivId: '2202.12139',
      arxivVersion: 1,
      title: 'Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques',
      authors: [
        { name: 'Mohit Kumar Ahuja', affiliation: null },
        { name: 'Arnaud Gotlieb', affiliation: null },
        { name: 'Helge Spieker', affiliation: null },
      ],
      categories: ['cs.SE', 'cs.LG'],
      publishedAt: new Date('2022-02-24T15:05:19Z'),
      comment: 'Artificial Intelligence in Software Testing 2022 workshop @ ICST 2022',
      journalRef: expect.stringMatching(/^Artificial Intelligence in Software Testing @ 2022 IEEE/),
      doi: '10.1109/ICSTW55395.2022.00035',
      listing: { day: '2022-02-24', rank: null, submittedBy: null },
    });
    expect(papers[0]?.links).toEqual([
      { kind: 'abs', url: 'https://arxiv.org/abs/2202.12139v1', title: null },
      { kind: 'pdf', url: 'https://arxiv.org/pdf/2202.12139v1', title: null },
      { kind: 'doi', url: 'https://doi.org/10.1109/ICSTW55395.2022.00035', title: null },
    ]);
    expect(papers.filter((paper) => paper.doi)).toHaveLength(32);
    expect(papers.map((paper) => paper.arxivVersion)).toContain(9);
    // Old-style ids keep their archive; the version is split off.
    expect(papers.map((paper) => paper.arxivId)).toEqual(expect.arrayContaining(['cs/0503050', 'hep-ph/0301050', 'gr-qc/0103067']));
  });

  it('reads an old-style id with author affiliations', async () => {
    const [paper] = await parse('id_astro-ph_0601001_s0_m100_3150dca9dc76.xml');
    expect(paper).toMatchObject({ arxivId: 'astro-ph/0601001', arxivVersion: 1, categories: ['astro-ph'], journalRef: 'ActaAstron.56:1-50,2006' });
    expect(paper?.authors).toEqual([
      { name: 'Andrew Gould', affiliation: 'Ohio State' },
      { name: 'Susan Dorsher', affiliation: 'Ohio State' },
      { name: 'B. Scott Gaudi', affiliation: 'CfA' },
      { name: 'Andrzej Udalski', affiliation: 'Warsaw University Observatory' },
    ]);
    expect(paper?.abstract).toMatch(/^We derive the frequencies of hot Jupiters/);
  });

  it('reads an old-style id with a version and a secondary category', async () => {
    const [paper] = await parse('id_quant-ph_0201082v1_s0_m100_86989fe779ef.xml');
    expect(paper).toMatchObject({ arxivId: 'quant-ph/0201082', arxivVersion: 1, categories: ['quant-ph', 'cs.PL'], comment: '32 pages' });
    expect(paper?.publishedAt).toEqual(new Date('2002-01-18T15:08:05Z'));
  });

  it('reads the legacy format: namespaces per element, http links, dx.doi.org, another element order', async () => {
    const [paper] = await parse('legacy-format_id_1111.2011v2.xml');
    expect(paper).toMatchObject({
      arxivId: '1111.2011',
      arxivVersion: 2,
      title: 'Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit',
      categories: ['cond-mat.str-el', 'cond-mat.stat-mech'],
      doi: '10.1103/PhysRevB.85.115117',
      journalRef: 'Phys. Rev. B 85, 115117 (2012)',
      comment: '8 pages, 3 figures. Published version',
      publishedAt: new Date('2011-11-08T18:48:36Z'),
    });
    expect(paper?.authors?.map((author) => author.name)).toEqual(['James M. Murray', 'Adrian Del Maestro', 'Zlatko Tesanovic']);
    expect(paper?.links).toEqual([
      { kind: 'doi', url: 'https://doi.org/10.1103/PhysRevB.85.115117', title: null },
      { kind: 'abs', url: 'https://arxiv.org/abs/1111.2011v2', title: null },
      { kind: 'pdf', url: 'https://arxiv.org/pdf/1111.2011v2', title: null },
    ]);
    // Hard-wrapped lines become one paragraph.
    expect(paper?.abstract).not.toContain('\n');
  });

  it('reads the one entry that exists when a query also names one that does not', async () => {
    const papers = await parse('id_0808.05394_1707.08567_s0_m100_42e5aa0ec3af.xml');
    expect(papers.map((paper) => paper.arxivId)).toEqual(['1707.08567']);
    expect(papers[0]?.authors).toHaveLength(34);
  });

  it('treats an empty result as no papers and the error entry as an error', async () => {
    expect(await parse('id_0000.0000_s0_m100_8b51d9633a68.xml')).toEqual([]);
    await expect(parse('id_abc_s0_m100_b79c8dcf6bc3.xml')).rejects.toThrow(new ArxivApiError('incorrect id format for abc'));
  });

  it('parses every recorded response in the shared data folder', async () => {
    const files = readdirSync(ARXIV_DATA).filter((name) => name.endsWith('.xml') && !name.startsWith('id_abc'));
    for (const file of files) {
      for (const paper of await parse(file)) {
        expect(paper.arxivId, file).toMatch(/^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/);
        expect(paper.title.length, file).toBeGreaterThan(0);
        expect(paper.publishedAt, file).toBeInstanceOf(Date);
      }
    }
  });

  it('refuses a file that is not an Atom feed before reading anything', async () => {
    const json = path.resolve(import.meta.dirname, '../../package.json');
    await expect(parse(json)).rejects.toThrow(InputFormatError);
    await expect(parse(json)).rejects.toThrow(/is not an arXiv API response/);
  });
});
