import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayUtc } from '@/lib/dates/feed-day';
import { getPaperBySlug } from '@/lib/papers/queries';
import { readArxivResponse, startTestServer, type TestServer } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';
import { runCli } from '../support/run-cli';

let api: TestServer | undefined;
beforeEach(resetDatabase);
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const RESPONSES: Record<string, string> = {
  'astro-ph/0601001': 'id_astro-ph_0601001_s0_m100_3150dca9dc76.xml',
  '0000.0000': 'id_0000.0000_s0_m100_8b51d9633a68.xml',
};

describe('npm run papers -- add', () => {
  it('looks a paper up by URL and lists it on today’s feed', async () => {
    api = await startTestServer((request, response, seen) => {
      const file = RESPONSES[seen.at(-1)?.url.searchParams.get('id_list') ?? ''];
      if (file) response.writeHead(200).end(readArxivResponse(file));
      else response.writeHead(400).end(readArxivResponse('id_abc_s0_m100_b79c8dcf6bc3.xml'));
    });
    const env = { ARXIV_API_URL: `${api.url}/api/query`, INGEST_REQUEST_INTERVAL_MS: '0' };

    const added = await runCli('papers.ts', ['add', 'https://arxiv.org/abs/astro-ph/0601001v1'], env);
    expect(added.code).toBe(0);
    const today = todayUtc();
    expect(added.stdout).toContain(`astro-ph/0601001 "Frequency of Hot Jupiters`);
    expect(added.stdout).toContain(`is listed on ${today} (created).`);
    // The latest version is asked for, whatever version the link named.
    expect(api.requests[0]?.url.searchParams.get('id_list')).toBe('astro-ph/0601001');
    expect((await getPaperBySlug('astro-ph/0601001'))?.listing).toMatchObject({ day: today, rank: 1 });

    expect((await runCli('papers.ts', ['add', 'astro-ph/0601001'], env)).stdout).toContain('(unchanged)');
  });

  it('says so when arXiv has no such paper or the reference is not an id', async () => {
    api = await startTestServer((request, response) => response.writeHead(200).end(readArxivResponse(RESPONSES['0000.0000'] ?? '')));
    const env = { ARXIV_API_URL: `${api.url}/api/query`, INGEST_REQUEST_INTERVAL_MS: '0' };
    expect(await runCli('papers.ts', ['add', '2509.99999'], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('arXiv has no paper 2509.99999') });
    expect(await runCli('papers.ts', ['add', 'not a paper'], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('is not an arXiv id') });
  });
});
