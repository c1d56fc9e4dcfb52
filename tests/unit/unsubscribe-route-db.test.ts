import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { POST as postUnsubscribe } from '@/app/api/unsubscribe/route';
import { GET as goToDate } from '@/app/papers/date/route';
import { db } from '@/lib/db';
import { createManageToken } from '@/lib/subscribers/tokens';
import { createSubscribers } from '../factories/subscriber-factory';
import { resetDatabase } from '../support/reset-database';

beforeEach(resetDatabase);

// How Next builds a route handler's request URL behind a proxy: from the address it is bound
// to, whatever the Host header the reader's browser sent says.
const BOUND = 'http://localhost:3000';
const PUBLIC_HEADERS = { host: 'papers.example.org', 'x-forwarded-host': 'papers.example.org', 'x-forwarded-proto': 'https' };

/** A chunked body (no Content-Length) of `total` bytes that counts how much the server pulled. */
function countingBody(total: number, chunkSize = 64 * 1024) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(chunkSize, total - counter.pulled)).fill(0x61);
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

/** A POST whose body is a stream (Node's fetch wants `duplex: 'half'` for that). */
function streamedPost(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new NextRequest(url, { method: 'POST', body, headers, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]);
}

async function manageToken() {
  const [email] = await createSubscribers(1);
  const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email } });
  return createManageToken(subscriber.id, subscriber.manageKey);
}

describe('POST /unsubscribe body limit', () => {
  it('answers 413 to a 150 MB chunked body after reading little more than the limit', async () => {
    const { stream, counter } = countingBody(150 * 1024 * 1024);
    const response = await postUnsubscribe(streamedPost(`${BOUND}/api/unsubscribe?token=abc`, stream));
    expect(response.status).toBe(413);
    // The limit is 10 kB; a reader may have one chunk (64 kB) and the stream's queue in hand.
    expect(counter.pulled).toBeLessThan(1024 * 1024);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { stream, counter } = countingBody(1024 * 1024);
    const request = streamedPost(`${BOUND}/api/unsubscribe?token=abc`, stream, { 'content-length': String(1024 * 1024) });
    expect((await postUnsubscribe(request)).status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it('still unsubscribes on a one-click body sent chunked', async () => {
    const token = await manageToken();
    const body = new Blob(['List-Unsubscribe=One-Click']).stream();
    const request = streamedPost(`${BOUND}/api/unsubscribe?token=${encodeURIComponent(token)}`, body, { 'content-type': 'application/x-www-form-urlencoded' });
    const response = await postUnsubscribe(request);
    expect(response.status).toBe(200);
    expect((await db.subscriber.findFirstOrThrow()).status).toBe('unsubscribed');
  });
});

describe('redirects behind a proxy', () => {
  it('sends the unsubscribe button back to the page on the public site, not to the bind address', async () => {
    const token = await manageToken();
    const request = new NextRequest(`${BOUND}/api/unsubscribe?token=${encodeURIComponent(token)}`, { method: 'POST', headers: PUBLIC_HEADERS });
    const response = await postUnsubscribe(request);
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toBe(`/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(new URL(location, 'https://papers.example.org').origin).toBe('https://papers.example.org');
  });

  it('sends the "Go to" date form to the day on the public site', async () => {
    const response = goToDate(new NextRequest(`${BOUND}/papers/date?date=2025-09-04`, { headers: PUBLIC_HEADERS }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/papers/date/2025-09-04');
    const empty = goToDate(new NextRequest(`${BOUND}/papers/date?date=`, { headers: PUBLIC_HEADERS }));
    expect(empty.headers.get('location')).toBe('/');
    const hostile = goToDate(new NextRequest(`${BOUND}/papers/date?date=//evil.example/x`, { headers: PUBLIC_HEADERS }));
    expect(hostile.headers.get('location')).toBe('/papers/date/%2F%2Fevil.example%2Fx');
  });
});
