import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST } from '@/app/papers/submit/send/route';
import { requestSignInLink, verifySignInLink } from '@/lib/accounts/sign-in';
import { db } from '@/lib/db';
import { todayUtc } from '@/lib/dates/feed-day';
import { resetEnvCache } from '@/lib/env';
import { dayPath } from '@/lib/papers/feed-paths';
import { SUBMIT_ATTEMPTS_PER_ACCOUNT_PER_HOUR } from '@/lib/submissions/attempt-limits';
import { answerQuery, loadRecordedEntries } from '../../scripts/dev/arxiv-responses';
import { startTestServer, type TestServer } from '../support/ingest-server';
import { linkIn, setUpSmtpSink } from '../support/mail';
import { resetDatabase } from '../support/reset-database';

const ORIGIN = 'http://127.0.0.1:3000';
const sink = setUpSmtpSink();
const entries = loadRecordedEntries();
let arxiv: TestServer;

beforeAll(async () => {
  arxiv = await startTestServer((request, response) => {
    const answer = answerQuery(new URL(request.url ?? '/', 'http://127.0.0.1'), entries, { datesToday: true });
    response.writeHead(answer.status, { 'content-type': 'application/atom+xml' }).end(answer.body);
  });
  process.env.SMTP_URL = sink.url;
  process.env.ARXIV_API_URL = `${arxiv.url}/api/query`;
  process.env.INGEST_REQUEST_INTERVAL_MS = '0';
  resetEnvCache();
});
afterAll(() => arxiv.close());
beforeEach(resetDatabase);

/** Signs `email` in through the emailed link, as a browser would; returns its Cookie header. */
async function signedIn(email: string, username: string | null): Promise<string> {
  const browser = new Headers({ origin: ORIGIN, 'user-agent': 'test' });
  await requestSignInLink(email, '/', '127.0.0.1', browser);
  const link = new URL(linkIn(sink.to(email).at(-1)?.parsed.text, '/signin/confirm?token='));
  const result = await verifySignInLink(link.searchParams.get('token'), '/', browser);
  if (result.status !== 'signed-in') throw new Error(`not signed in: ${result.status}`);
  if (username) await db.user.update({ where: { email }, data: { username } });
  return result.setCookies.map((line) => line.split(';', 1)[0]).join('; ');
}

function post(fields: Record<string, string>, options: { cookie?: string; json?: boolean; origin?: string; fetchSite?: string } = {}): Promise<Response> {
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded', origin: options.origin ?? ORIGIN, host: '127.0.0.1:3000' });
  if (options.fetchSite) headers.set('sec-fetch-site', options.fetchSite);
  if (options.cookie) headers.set('cookie', options.cookie);
  if (options.json) headers.set('accept', 'application/json');
  return POST(new Request(`${ORIGIN}/papers/submit/send`, { method: 'POST', headers, body: new URLSearchParams(fields).toString() }));
}

function location(response: Response): URL {
  return new URL(response.headers.get('location') ?? '', ORIGIN);
}

describe('POST /papers/submit/send', () => {
  it('sends a signed-out reader to sign in and back, and one without a username to /welcome', async () => {
    const signedOut = await post({ paper: '2604.03438' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/signin?next=%2Fpapers%2Fsubmit');
    expect((await post({ paper: '2604.03438' }, { json: true })).status).toBe(401);

    const cookie = await signedIn('nameless@example.com', null);
    const nameless = await post({ paper: '2604.03438' }, { cookie });
    expect(nameless.headers.get('location')).toBe('/welcome?next=%2Fpapers%2Fsubmit');
    expect(await db.listing.count()).toBe(0);
  });

  it('refuses a form sent from another site, and takes one from a no-referrer page of this one', async () => {
    const cookie = await signedIn('ada@example.com', 'ada');
    expect((await post({ paper: '2604.03438' }, { cookie, origin: 'https://evil.example' })).status).toBe(403);
    // "Origin: null" (a no-referrer page, a sandboxed frame) counts only with Sec-Fetch-Site: same-origin.
    expect((await post({ paper: '2604.03438' }, { cookie, origin: 'null', fetchSite: 'cross-site' })).status).toBe(403);
    expect(await db.paper.count()).toBe(0);
    expect((await post({ paper: '2604.03438' }, { cookie, origin: 'null', fetchSite: 'same-origin' })).status).toBe(303);
    expect(await db.listing.count()).toBe(1);
  });

  it('lists the paper, drops its pages from the caches, and says so on the submit page', async () => {
    const cookie = await signedIn('ada@example.com', 'ada');
    const response = await post({ paper: 'https://arxiv.org/abs/2604.03438v1' }, { cookie });
    expect(response.status).toBe(303);
    const to = location(response);
    expect(to.pathname).toBe('/papers/submit');
    expect(to.searchParams.get('submitted')).toBe('2604.03438');
    expect(to.searchParams.get('notice')).toMatch(/listed today, as submitted by you/);
    const changed = (await db.pageChange.findMany({ select: { path: true } })).map((row) => row.path);
    expect(changed).toEqual(expect.arrayContaining(['/papers/2604.03438', dayPath(todayUtc()), '/']));

    // A second reader is told it is listed, with its page; the form keeps what they typed.
    const other = await signedIn('bo@example.com', 'bo');
    const duplicate = await post({ paper: '2604.03438' }, { cookie: other });
    const back = location(duplicate);
    expect(back.pathname).toBe('/papers/submit');
    expect(back.searchParams.get('error')).toMatch(/already listed/);
    expect(back.searchParams.get('listed')).toBe('2604.03438');
    expect(back.searchParams.get('paper')).toBe('2604.03438');
    const json = await post({ paper: '2604.03438' }, { cookie: other, json: true });
    expect(json.status).toBe(409);
    expect(await json.json()).toMatchObject({ ok: false, error: expect.stringMatching(/already listed/), paper: '/papers/2604.03438' });
    expect(json.headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers each refusal with its 4xx for script, and limits attempts per account', async () => {
    const cookie = await signedIn('cy@example.com', 'cy');
    const malformed = await post({ paper: 'not an id' }, { cookie, json: true });
    expect(malformed.status).toBe(400);
    const unknown = await post({ paper: '2604.99999' }, { cookie, json: true });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/arXiv has no paper 2604\.99999/);
    for (let n = 3; n <= SUBMIT_ATTEMPTS_PER_ACCOUNT_PER_HOUR; n += 1) await post({ paper: 'x' }, { cookie, json: true });
    const limited = await post({ paper: '2604.03438' }, { cookie, json: true });
    expect(limited.status).toBe(429);
    expect(await db.listing.count()).toBe(0);
  });
});
