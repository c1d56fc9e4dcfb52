import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/pipeline';
import { harvestOai } from '@/lib/ingest/sources/oai-harvest';
import { readOaiFiles } from '@/lib/ingest/sources/oai-files';
import { OaiError } from '@/lib/ingest/sources/oai-response';
import { InputFormatError, type Rejection, type SourceRun } from '@/lib/ingest/types';
import { getPaperBySlug } from '@/lib/papers/queries';
import { ARXIV_DATA, INGEST_FIXTURES, startTestServer, testClient, type TestServer } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';

const fixture = (name: string) => path.join(INGEST_FIXTURES, 'oai', name);
const PAGE_1 = readFileSync(fixture('list-records-page-1.xml'), 'utf8');
const PAGE_2 = readFileSync(fixture('list-records-page-2.xml'), 'utf8');

let server: TestServer | undefined;
beforeEach(resetDatabase);
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function importOai(run: SourceRun) {
  const rejected: Rejection[] = [];
  const summary = await runIngest(run.items, { source: 'oai', authority: 'arxiv', listing: { mode: 'source' }, onReject: (r) => rejected.push(r) });
  return { summary, rejected };
}

describe('OAI-PMH', () => {
  it('harvests two pages through a resumption token, skipping a deleted and a malformed record', async () => {
    server = await startTestServer((request, response, seen) => {
      const token = seen.at(-1)?.url.searchParams.get('resumptionToken');
      response.writeHead(200, { 'content-type': 'text/xml' }).end(token === '6960524|1001' ? PAGE_2 : PAGE_1);
    });
    const run = harvestOai(`${server.url}/oai`, { client: testClient(), metadataPrefix: 'arXivRaw', set: 'cs:cs:LG', from: '2025-09-01', until: '2025-09-05' });
    const { summary, rejected } = await importOai(run);

    expect(summary).toEqual({ read: 5, created: 3, updated: 0, unchanged: 0, skipped: { 'deleted at the source': 1, 'invalid title': 1 } });
    expect(rejected).toEqual([{ position: 'record oai:arXiv.org:2509.05555', reason: 'invalid title', detail: 'A paper needs a title' }]);
    expect(server.requests.map((request) => Object.fromEntries(request.url.searchParams))).toEqual([
      { verb: 'ListRecords', metadataPrefix: 'arXivRaw', set: 'cs:cs:LG', from: '2025-09-01', until: '2025-09-05' },
      { verb: 'ListRecords', resumptionToken: '6960524|1001' },
    ]);
    expect(run.measure().recordsTotal).toBe(5);

    const paper = await getPaperBySlug('0704.0001');
    expect(paper).toMatchObject({
      arxivVersion: 2,
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      doi: '10.1103/PhysRevD.76.013009',
      journalRef: 'Phys.Rev.D76:013009,2007',
      publishedAt: new Date('2007-04-02T19:18:42Z'),
      listing: { day: '2007-04-02', rank: 1, submittedBy: null },
    });
    expect(paper?.authors.map((author) => author.name)).toEqual(['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C.-P. Yuan']);
    expect((await getPaperBySlug('2509.01234'))?.authors).toEqual([
      { name: 'Ada Example', affiliation: 'ETH Zurich' },
      { name: 'Bo Li', affiliation: null },
      { name: 'Chen Wei', affiliation: null },
    ]);
    expect((await getPaperBySlug('hep-th/9608091'))?.categories).toEqual(['hep-th', 'gr-qc']);
  });

  it('reads saved pages and the arXiv metadata format from files', async () => {
    const { summary } = await importOai(readOaiFiles([fixture('list-records-page-1.xml'), fixture('list-records-arxiv-format.xml')]));
    expect(summary).toMatchObject({ read: 3, created: 3 });
    expect(await getPaperBySlug('0704.0002')).toMatchObject({
      title: 'Sparsity-certifying Graph Decompositions',
      authors: [
        { name: 'Ileana Streinu', affiliation: 'Smith College' },
        { name: 'Louis Theran', affiliation: null },
      ],
      categories: ['math.CO', 'cs.CG'],
      listing: { day: '2007-03-31', rank: 1, submittedBy: null },
    });
  });

  it('takes "no records match" as an empty harvest and stops on other protocol errors', async () => {
    expect((await importOai(readOaiFiles([fixture('no-records-match.xml')]))).summary).toMatchObject({ read: 0, created: 0 });
    await expect(importOai(readOaiFiles([fixture('bad-resumption-token.xml')]))).rejects.toThrow(new OaiError('badResumptionToken', 'The resumption token has expired'));
  });

  it('refuses an Atom feed passed as OAI-PMH', async () => {
    const atom = path.join(ARXIV_DATA, 'id_0000.0000_s0_m100_8b51d9633a68.xml');
    await expect(importOai(readOaiFiles([atom]))).rejects.toThrow(InputFormatError);
  });
});
