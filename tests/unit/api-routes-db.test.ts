import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET as getDailyPapers, OPTIONS } from '@/app/api/daily_papers/route';
import { GET as getPaper } from '@/app/api/papers/[...id]/route';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

beforeEach(resetDatabase);

function request(path: string) {
  return new NextRequest(new URL(path, 'http://127.0.0.1:3999'), { headers: { 'x-forwarded-for': '203.0.113.7' } });
}

async function seedDay(day: string, count: number) {
  await savePapers(
    Array.from({ length: count }, (_, index) =>
      buildListedPaper(day, index + 1, { arxivId: `2509.${String(10000 + index)}`, upvotes: count - index, links: [{ kind: 'code', url: `https://github.com/example/repo${index}` }] }),
    ),
  );
}

describe('GET /api/daily_papers', () => {
  it('answers a bare array of Hugging Face items, in the day order', async () => {
    await seedDay('2025-09-04', 3);
    const response = await getDailyPapers(request('/api/daily_papers?date=2025-09-04'));
    expect(response.status).toBe(200);
    const items = (await response.json()) as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      paper: {
        id: '2509.10000',
        title: expect.stringMatching(/Sparse Attention/),
        summary: expect.stringMatching(/sparse attention/),
        authors: [{ name: 'Ada Lovelace', hidden: false, _id: expect.stringMatching(/^[0-9a-f]{24}$/) }, { name: 'Alan Turing' }],
        publishedAt: '2025-09-03T17:59:00.000Z',
        submittedOnDailyAt: '2025-09-04T00:00:00.000Z',
        upvotes: 3,
        githubRepo: 'https://github.com/example/repo0',
      },
      publishedAt: '2025-09-03T17:59:00.000Z',
      title: expect.any(String),
      summary: expect.any(String),
      numComments: 0,
      thumbnail: expect.stringMatching(/^http.*\/og\/papers\/2509\.10000$/),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    // Per-client RateLimit headers are added by the server in front (request-limits-server.test.ts).
    expect(response.headers.get('ratelimit')).toBeNull();
  });

  it('pages with limit and p, advertising the next page in a Link header until the end', async () => {
    await seedDay('2025-09-04', 5);
    const first = await getDailyPapers(request('/api/daily_papers?date=2025-09-04&limit=2'));
    expect(((await first.json()) as { paper: { id: string } }[]).map((item) => item.paper.id)).toEqual(['2509.10000', '2509.10001']);
    expect(first.headers.get('link')).toBe('</api/daily_papers?date=2025-09-04&limit=2&p=1>; rel="next"');
    const last = await getDailyPapers(request('/api/daily_papers?date=2025-09-04&limit=2&p=2'));
    expect(await last.json()).toHaveLength(1);
    expect(last.headers.get('link')).toBeNull();
    const past = await getDailyPapers(request('/api/daily_papers?date=2025-09-04&limit=2&p=3'));
    expect(await past.json()).toEqual([]);
  });

  it('answers 400 with a JSON error for a future date, limit=101 and an unknown sort', async () => {
    for (const query of ['date=2999-01-01', 'limit=101', 'sort=best']) {
      const response = await getDailyPapers(request(`/api/daily_papers?${query}`));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('week lists the week most upvoted first; sort=publishedAt puts the newest first', async () => {
    await savePapers([
      buildListedPaper('2025-09-01', 1, { arxivId: '2509.00001', upvotes: 5, publishedAt: new Date('2025-08-30T00:00:00Z') }),
      buildListedPaper('2025-09-03', 1, { arxivId: '2509.00002', upvotes: 9, publishedAt: new Date('2025-08-29T00:00:00Z') }),
      buildListedPaper('2025-09-08', 1, { arxivId: '2509.00003', upvotes: 99 }),
    ]);
    const ids = async (query: string) =>
      ((await (await getDailyPapers(request(`/api/daily_papers?${query}`))).json()) as { paper: { id: string } }[]).map((item) => item.paper.id);
    expect(await ids('week=2025-W36')).toEqual(['2509.00002', '2509.00001']);
    expect(await ids('week=2025-W36&sort=publishedAt')).toEqual(['2509.00001', '2509.00002']);
    expect(await ids('month=2025-09&sort=trending')).toEqual(['2509.00003', '2509.00002', '2509.00001']);
  });

  it('submitter keeps only that submitter’s papers', async () => {
    await savePapers([
      buildListedPaper('2025-09-04', 1, {}, 'akhaliq'),
      buildListedPaper('2025-09-04', 2),
    ]);
    const response = await getDailyPapers(request('/api/daily_papers?date=2025-09-04&submitter=akhaliq'));
    const items = (await response.json()) as { submittedBy: { name: string } }[];
    expect(items.map((item) => item.submittedBy.name)).toEqual(['akhaliq']);
  });

  it('answers a CORS preflight', () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
  });
});

describe('GET /api/papers/{id}', () => {
  it('answers the paper object, and 404 {"error":"Paper not found"} for an unknown id', async () => {
    await seedDay('2025-09-04', 1);
    const found = await getPaper(request('/api/papers/2509.10000'), { params: Promise.resolve({ id: ['2509.10000'] }) });
    expect(await found.json()).toMatchObject({ id: '2509.10000', upvotes: 1, authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }] });
    const missing = await getPaper(request('/api/papers/2509.99999'), { params: Promise.resolve({ id: ['2509.99999'] }) });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Paper not found' });
  });
});
