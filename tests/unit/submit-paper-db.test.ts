import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { todayUtc, type FeedDay } from '@/lib/dates/feed-day';
import { writePapers } from '@/lib/ingest/write-papers';
import { getPaperBySlug } from '@/lib/papers/queries';
import { submitPaper, type SubmitOptions } from '@/lib/submissions/submit-paper';
import type { SubmissionLimits, Submitter } from '@/lib/submissions/types';
import { answerQuery, loadRecordedEntries } from '../../scripts/dev/arxiv-responses';
import { listDayPage } from '../support/list-day';
import { startTestServer, testClient, type TestServer } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';
import { buildPaper } from '../factories/paper-factory';

/**
 * A local arXiv API serving the shipped fixtures (the same answers as `npm run arxiv:local`),
 * dated today unless a test says otherwise, or failing the way arXiv sometimes does.
 */
type Mode = 'today' | 'recorded' | 'down' | 'silent' | 'html';
let mode: Mode = 'today';
const entries = loadRecordedEntries();
let arxiv: TestServer;

beforeAll(async () => {
  arxiv = await startTestServer((request, response) => {
    if (mode === 'down') return void response.writeHead(503).end('Service Unavailable');
    if (mode === 'silent') return; // never answers: the client's timeout must fire
    if (mode === 'html') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Maintenance</body></html>');
    const answer = answerQuery(new URL(request.url ?? '/', 'http://127.0.0.1'), entries, { datesToday: mode === 'today' });
    response.writeHead(answer.status, { 'content-type': 'application/atom+xml' }).end(answer.body);
  });
});
afterAll(() => arxiv.close());
beforeEach(async () => {
  await resetDatabase();
  mode = 'today';
  arxiv.requests.length = 0;
});

const LIMITS: SubmissionLimits = { dailyLimit: 5, maxAgeDays: 14 };

function options(limits: Partial<SubmissionLimits> = {}): SubmitOptions {
  return { client: testClient({ minIntervalMs: 0, backoffMs: 1, timeoutMs: 300, maxAttempts: 2 }), apiUrl: `${arxiv.url}/api/query`, limits: { ...LIMITS, ...limits } };
}

let readers = 0;
async function reader(username: string | null = `reader${(readers += 1)}`): Promise<Submitter> {
  const id = `user-${(readers += 1)}`;
  await db.user.create({ data: { id, email: `${id}@example.com`, username } });
  return { id, username };
}

async function counts() {
  return { papers: await db.paper.count(), listings: await db.listing.count(), authors: await db.paperAuthor.count() };
}

describe('submitting a paper', () => {
  it('looks the paper up on arXiv and lists it at the end of today, submitted by the reader', async () => {
    const today = todayUtc();
    await writePapers([{ paper: buildPaper({ arxivId: '2611.00001' }), listing: { day: today, rank: 1, submittedBy: null } }], { source: 'test', authority: 'arxiv', explicitListing: true });
    const ada = await reader('ada');

    const result = await submitPaper(' https://arxiv.org/abs/2604.03438v1?context=cs#abstract ', ada, options());
    expect(result).toMatchObject({ status: 'submitted', slug: '2604.03438', day: today, repeated: false });
    expect(arxiv.requests.map((seen) => seen.url.searchParams.get('id_list'))).toEqual(['2604.03438']);

    const paper = await getPaperBySlug('2604.03438');
    expect(paper).toMatchObject({
      title: 'Android Instrumentation Testing in Continuous Integration: Practices, Patterns, and Performance',
      arxivVersion: 1,
      authors: [{ name: 'Hamid Parsazadeh' }, { name: 'Taher A. Ghaleb' }, { name: 'Safwat Hassan' }],
      categories: ['cs.SE'],
      listing: { day: today, rank: 2, submittedBy: 'ada', submitterHasProfile: true },
    });
    expect(await db.listing.findUnique({ where: { paperId: result.status === 'submitted' ? result.paperId : 0 }, select: { source: true, submittedById: true } })).toEqual({ source: 'submission', submittedById: ada.id });
    const day = await listDayPage(today);
    expect(day.papers.map((card) => [card.slug, card.submittedBy, card.submitterHasProfile])).toEqual([
      ['2611.00001', null, false],
      ['2604.03438', 'ada', true],
    ]);
  });

  it.each([
    ['2604.03438', '2604.03438'],
    ['2604.03438v2', '2604.03438'],
    ['arXiv:2604.03438', '2604.03438'],
    ['https://arxiv.org/pdf/2604.03438v1', '2604.03438'],
    ['https://arxiv.org/pdf/2604.03438v1.pdf', '2604.03438'],
    ['http://export.arxiv.org/abs/2604.03438', '2604.03438'],
    ['arxiv.org/html/2604.03438v1', '2604.03438'],
    ['https://arxiv.org/abs/quant-ph/0201082v1', 'quant-ph/0201082'],
    ['quant-ph/0201082', 'quant-ph/0201082'],
  ])('accepts %s', async (reference, slug) => {
    expect(await submitPaper(reference, await reader(), options())).toMatchObject({ status: 'submitted', slug });
  });

  it.each(['', '   ', 'abc', '2604.034', 'https://example.org/abs/2604.03438', 'https://arxiv.org/list/cs.SE/recent', '../../etc/passwd', `2604.03438${'x'.repeat(400)}`])(
    'refuses %j as malformed (400) without asking arXiv',
    async (reference) => {
      const result = await submitPaper(reference, await reader(), options());
      expect(result).toMatchObject({ status: 'refused', code: 'invalid', httpStatus: 400 });
      expect(arxiv.requests).toHaveLength(0);
    },
  );

  it('refuses an id arXiv does not have (404), an old paper (422), and writes nothing', async () => {
    const bo = await reader();
    expect(await submitPaper('2604.99999', bo, options())).toMatchObject({ status: 'refused', code: 'unknown', httpStatus: 404, message: expect.stringContaining('arXiv has no paper 2604.99999') });
    mode = 'recorded'; // first published 2026-04-03 or earlier: far more than 14 days ago
    const old = await submitPaper('2604.03438', bo, options({ maxAgeDays: 14 }));
    expect(old).toMatchObject({ status: 'refused', code: 'too-old', httpStatus: 422, message: expect.stringMatching(/more than 14 days ago/) });
    expect(await counts()).toEqual({ papers: 0, listings: 0, authors: 0 });
  });

  it.each<[Mode, string]>([
    ['down', 'a 503'],
    ['silent', 'no answer (timeout)'],
    ['html', 'a page that is not the API'],
  ])('answers 503 and writes nothing when arXiv gives %s (%s)', async (failure) => {
    mode = failure;
    const result = await submitPaper('2604.03438', await reader(), options());
    expect(result).toMatchObject({ status: 'refused', code: 'unavailable', httpStatus: 503, message: expect.stringMatching(/nothing was submitted/) });
    expect(await counts()).toEqual({ papers: 0, listings: 0, authors: 0 });
  });

  it('refuses a paper already listed (409, with its page) without asking arXiv, and a hidden one for good', async () => {
    await writePapers([{ paper: buildPaper({ arxivId: '2604.03438' }), listing: { day: '2026-04-04' as FeedDay, rank: 3, submittedBy: 'akhaliq' } }], { source: 'hf', authority: 'curated', explicitListing: false });
    const result = await submitPaper('2604.03438', await reader(), options());
    expect(result).toMatchObject({ status: 'refused', code: 'listed', httpStatus: 409, slug: '2604.03438', message: expect.stringMatching(/already listed, on .*2026/) });
    expect(arxiv.requests).toHaveLength(0);

    await db.listing.updateMany({ data: { hiddenAt: new Date() } });
    expect(await submitPaper('2604.03438', await reader(), options())).toMatchObject({ status: 'refused', code: 'hidden', httpStatus: 409, slug: '2604.03438' });
    expect(await db.listing.findFirstOrThrow({ select: { submittedBy: true, day: true } })).toEqual({ submittedBy: 'akhaliq', day: '2026-04-04' });
  });

  it('lists a paper the catalogue has but no list shows, with arXiv’s metadata', async () => {
    await writePapers([{ paper: buildPaper({ arxivId: '2602.19294', title: 'An Old Title' }), listing: null }], { source: 'snapshot', authority: 'arxiv', explicitListing: false });
    const cy = await reader('cy');
    expect(await submitPaper('2602.19294', cy, options())).toMatchObject({ status: 'submitted', slug: '2602.19294' });
    expect(await getPaperBySlug('2602.19294')).toMatchObject({ title: expect.stringMatching(/^Towards Automated Page Object Generation/), listing: { day: todayUtc(), submittedBy: 'cy' } });
    expect(await db.paper.count()).toBe(1);
  });

  it('answers a retry of the same submission as submitted, writing nothing more', async () => {
    const di = await reader('di');
    const first = await submitPaper('2602.15552', di, options());
    const again = await submitPaper('https://arxiv.org/abs/2602.15552', di, options());
    expect(first).toMatchObject({ status: 'submitted', repeated: false });
    expect(again).toMatchObject({ status: 'submitted', repeated: true, slug: '2602.15552' });
    expect(arxiv.requests).toHaveLength(1);
    expect(await db.listing.count()).toBe(1);
    // Someone else is told it is listed, with the link.
    expect(await submitPaper('2602.15552', await reader(), options())).toMatchObject({ code: 'listed', slug: '2602.15552' });
  });

  it('keeps to the daily limit, counting only listings made today by this account', async () => {
    const ed = await reader('ed');
    expect(await submitPaper('2604.03438', ed, options({ dailyLimit: 2 }))).toMatchObject({ status: 'submitted' });
    expect(await submitPaper('2602.19294', ed, options({ dailyLimit: 2 }))).toMatchObject({ status: 'submitted' });
    const third = await submitPaper('2602.15552', ed, options({ dailyLimit: 2 }));
    expect(third).toMatchObject({ status: 'refused', code: 'daily-limit', httpStatus: 429, message: expect.stringMatching(/2 papers today/) });
    expect(arxiv.requests).toHaveLength(2);
    // Yesterday's submissions do not count.
    await db.listing.updateMany({ data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });
    expect(await submitPaper('2602.15552', ed, options({ dailyLimit: 2 }))).toMatchObject({ status: 'submitted' });
    expect(await submitPaper('2509.05540', await reader(), options({ dailyLimit: 0 }))).toMatchObject({ code: 'closed', httpStatus: 403 });
  });

  it('lets concurrent submissions neither pass the daily limit together nor list one paper twice', async () => {
    const fay = await reader('fay');
    const ids = ['2604.03438', '2602.19294', '2602.15552', 'quant-ph/0201082'];
    const results = await Promise.all(ids.map((id) => submitPaper(id, fay, options({ dailyLimit: 2 }))));
    expect(results.filter((result) => result.status === 'submitted')).toHaveLength(2);
    expect(results.filter((result) => result.status === 'refused' && result.code === 'daily-limit')).toHaveLength(2);
    expect(await db.listing.count({ where: { submittedById: fay.id } })).toBe(2);

    const others = await Promise.all([reader(), reader(), reader()]);
    const same = await Promise.all(others.map((other) => submitPaper('2509.05540', other, options())));
    expect(same.filter((result) => result.status === 'submitted')).toHaveLength(1);
    expect(same.filter((result) => result.status === 'refused' && result.code === 'listed')).toHaveLength(2);
    expect(await db.listing.count({ where: { paper: { arxivId: '2509.05540' } } })).toBe(1);
    const ranks = (await db.listing.findMany({ where: { day: todayUtc() }, select: { rank: true }, orderBy: { rank: 'asc' } })).map((row) => row.rank);
    expect(ranks).toEqual([1, 2, 3]);
  });

  it('refuses a suspended account and one without a username', async () => {
    const gil = await reader('gil');
    await db.user.update({ where: { id: gil.id }, data: { suspendedAt: new Date() } });
    expect(await submitPaper('2604.03438', gil, options())).toMatchObject({ status: 'refused', code: 'suspended', httpStatus: 403 });
    expect(await submitPaper('2604.03438', await reader(null), options())).toMatchObject({ status: 'refused', code: 'no-username' });
    expect(await counts()).toEqual({ papers: 0, listings: 0, authors: 0 });
  });
});

describe('a submission and the importers', () => {
  it('keeps the reader’s credit through Hugging Face and arXiv re-imports, and when the operator moves it', async () => {
    const hal = await reader('hal');
    const today = todayUtc();
    await submitPaper('2604.03438', hal, options());
    const again = buildPaper({ arxivId: '2604.03438', arxivVersion: 2, upvotes: 40 });
    await writePapers([{ paper: again, listing: { day: today, rank: 1, submittedBy: 'akhaliq' } }], { source: 'hf', authority: 'curated', explicitListing: false });
    await writePapers([{ paper: again, listing: { day: '2026-04-03' as FeedDay, rank: null, submittedBy: null } }], { source: 'arxiv', authority: 'arxiv', explicitListing: false });
    const listing = () => db.listing.findFirstOrThrow({ select: { day: true, submittedBy: true, submittedById: true, source: true } });
    expect(await listing()).toEqual({ day: today, submittedBy: 'hal', submittedById: hal.id, source: 'submission' });
    expect((await getPaperBySlug('2604.03438'))?.arxivVersion).toBe(2);

    await writePapers([{ paper: again, listing: { day: '2026-04-05' as FeedDay, rank: null, submittedBy: null } }], { source: 'arxiv', authority: 'arxiv', explicitListing: true });
    expect(await listing()).toEqual({ day: '2026-04-05', submittedBy: 'hal', submittedById: hal.id, source: 'operator' });
  });

  it('keeps the submitter Hugging Face names, shown without a profile link', async () => {
    await writePapers([{ paper: buildPaper({ arxivId: '2509.01234' }), listing: { day: '2025-09-04' as FeedDay, rank: 1, submittedBy: 'akhaliq' } }], { source: 'hf', authority: 'curated', explicitListing: false });
    expect((await getPaperBySlug('2509.01234'))?.listing).toEqual({ day: '2025-09-04', rank: 1, submittedBy: 'akhaliq', submitterHasProfile: false });
    expect((await listDayPage('2025-09-04' as FeedDay)).papers[0]).toMatchObject({ submittedBy: 'akhaliq', submitterHasProfile: false });
  });
});
