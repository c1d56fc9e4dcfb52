import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ArxivApiError } from '@/lib/ingest/sources/arxiv-entry';
import { queryArxivApi } from '@/lib/ingest/sources/arxiv-api';
import type { SourceItem } from '@/lib/ingest/types';
import { readArxivResponse, sliceFeed, startTestServer, testClient, type TestServer } from '../support/ingest-server';

const TESTING = readArxivResponse('q_testing_s0_m100_cfe7536492ca.xml');
const ASTRO = readArxivResponse('id_astro-ph_0601001_s0_m100_3150dca9dc76.xml');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function collect(items: AsyncIterable<SourceItem>): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of items) ids.push(item.kind === 'paper' ? String(item.paper.arxivId) : `skip ${item.reason}`);
  return ids;
}

/** Serves the recorded `testing` query page by page, as the API pages through start/max_results. */
function servePages(response: ServerResponse, url: URL) {
  const start = Number(url.searchParams.get('start'));
  const count = Number(url.searchParams.get('max_results'));
  response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(sliceFeed(TESTING, start, count));
}

describe('fetching from the arXiv API', () => {
  it('pages through start/max_results at its pace and identifies itself', async () => {
    server = await startTestServer((request, response, seen) => servePages(response, seen.at(-1)!.url));
    const run = queryArxivApi(`${server.url}/api/query?search_query=all:testing&max_results=100`, { client: testClient({ minIntervalMs: 60 }), pageSize: 40 });
    const ids = await collect(run.items);

    const expected = (TESTING.match(/<id>http:\/\/arxiv\.org\/abs\/([^<]+?)v\d+<\/id>/g) ?? []).map((tag) => tag.replace(/^<id>http:\/\/arxiv\.org\/abs\/|v\d+<\/id>$/g, ''));
    expect(ids).toEqual(expected);
    expect(server.requests.map((request) => [request.url.searchParams.get('start'), request.url.searchParams.get('max_results')])).toEqual([
      ['0', '40'],
      ['40', '40'],
      ['80', '20'],
    ]);
    expect(server.requests.every((request) => request.url.searchParams.get('search_query') === 'all:testing')).toBe(true);
    expect(server.requests[0]?.userAgent).toMatch(/^daily-papers/);
    const gaps = server.requests.slice(1).map((request, index) => request.at - (server?.requests[index]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(59);
    expect(run.measure().recordsTotal).toBe(100);
  });

  it('retries a 503 and then reads the 200', async () => {
    server = await startTestServer((request, response, seen) => {
      if (seen.length === 1) response.writeHead(503, { 'retry-after': '0' }).end('busy');
      else response.writeHead(200).end(ASTRO);
    });
    expect(await collect(queryArxivApi(`${server.url}/api/query?id_list=astro-ph/0601001`, { client: testClient(), pageSize: 100 }).items)).toEqual(['astro-ph/0601001']);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on a response that stalls and asks again', async () => {
    server = await startTestServer((request, response, seen) => {
      if (seen.length > 1) return void response.writeHead(200).end(ASTRO);
      // Headers and half the body, then silence: only the client's timeout ends this.
      response.writeHead(200, { 'content-length': String(Buffer.byteLength(ASTRO)) });
      response.write(ASTRO.slice(0, 400));
    });
    const ids = await collect(queryArxivApi(`${server.url}/api/query?id_list=astro-ph/0601001`, { client: testClient({ timeoutMs: 300 }), pageSize: 100 }).items);
    expect(ids).toEqual(['astro-ph/0601001']);
    expect(server.requests).toHaveLength(2);
  });

  it('asks again when the connection drops mid-body or the body ends mid-document', async () => {
    server = await startTestServer((request, response, seen) => {
      if (seen.length === 1) {
        response.writeHead(200, { 'content-length': String(Buffer.byteLength(ASTRO)) });
        response.write(ASTRO.slice(0, 500), () => response.socket?.destroy());
      } else if (seen.length === 2) {
        response.writeHead(200).end(ASTRO.slice(0, 1500));
      } else {
        response.writeHead(200).end(ASTRO);
      }
    });
    const ids = await collect(queryArxivApi(`${server.url}/api/query?id_list=astro-ph/0601001`, { client: testClient({ maxAttempts: 4 }), pageSize: 100 }).items);
    expect(ids).toEqual(['astro-ph/0601001']);
    expect(server.requests).toHaveLength(3);
  });

  it('stops with the API’s own message on a 400 error entry, without retrying', async () => {
    server = await startTestServer((request, response) => response.writeHead(400).end(readArxivResponse('id_abc_s0_m100_b79c8dcf6bc3.xml')));
    await expect(collect(queryArxivApi(`${server.url}/api/query?id_list=abc`, { client: testClient(), pageSize: 100 }).items)).rejects.toThrow(
      new ArxivApiError('incorrect id format for abc'),
    );
    expect(server.requests).toHaveLength(1);
  });

  it('ends quietly on an empty result', async () => {
    server = await startTestServer((request, response) => response.writeHead(200).end(readArxivResponse('id_0000.0000_s0_m100_8b51d9633a68.xml')));
    expect(await collect(queryArxivApi(`${server.url}/api/query?id_list=0000.0000`, { client: testClient(), pageSize: 100 }).items)).toEqual([]);
  });

  it('fails after its last attempt when the server keeps failing', async () => {
    server = await startTestServer((request, response) => response.writeHead(502).end('bad gateway'));
    await expect(collect(queryArxivApi(`${server.url}/api/query?id_list=1`, { client: testClient(), pageSize: 100 }).items)).rejects.toThrow(/HTTP 502/);
    expect(server.requests).toHaveLength(3);
  });
});
