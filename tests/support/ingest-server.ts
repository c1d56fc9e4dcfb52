/**
 * A real HTTP server on 127.0.0.1 for the importers' fetch tests: it answers with recorded
 * responses (or misbehaves on purpose) and remembers every request it saw.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createPoliteClient, type PoliteClient } from '@/lib/ingest/http/polite-client';

export const ARXIV_DATA = path.resolve(import.meta.dirname, '../../../shared/data/arxiv-api');
export const INGEST_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ingest');

export interface SeenRequest {
  method: string | undefined;
  url: URL;
  userAgent: string | undefined;
  authorization: string | undefined;
  at: number;
}

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startTestServer(handle: (request: IncomingMessage, response: ServerResponse, seen: SeenRequest[]) => void): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({
      method: request.method,
      url: new URL(request.url ?? '/', 'http://127.0.0.1'),
      userAgent: request.headers['user-agent'],
      authorization: request.headers.authorization,
      at: performance.now(),
    });
    handle(request, response, requests);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fast and patient enough for loopback: the pace is still enforced, only shorter. */
export function testClient(overrides: Partial<Parameters<typeof createPoliteClient>[0]> = {}): PoliteClient {
  return createPoliteClient({ userAgent: 'daily-papers-test/1.0 (+http://127.0.0.1)', minIntervalMs: 40, maxAttempts: 3, backoffMs: 5, timeoutMs: 1000, ...overrides });
}

export function readArxivResponse(name: string): string {
  return readFileSync(path.join(ARXIV_DATA, name), 'utf8');
}

/** The recorded feed with only entries [start, start + count): what the API would page out. */
export function sliceFeed(feed: string, start: number, count: number): string {
  const entries = feed.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
  const head = feed.slice(0, feed.indexOf('<entry>'));
  return `${head}${entries.slice(start, start + count).join('\n')}\n</feed>\n`;
}
