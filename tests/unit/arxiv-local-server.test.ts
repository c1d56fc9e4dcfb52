import { describe, expect, it } from 'vitest';
import { readArxivFeed, type FeedInfo } from '@/lib/ingest/sources/arxiv-feed';
import type { SourceItem } from '@/lib/ingest/types';
import { answerQuery, loadRecordedEntries } from '../../scripts/dev/arxiv-responses';

const entries = loadRecordedEntries();
const NOW = new Date('2026-12-01T10:00:00Z');

async function read(body: string): Promise<{ info: FeedInfo; items: SourceItem[] }> {
  const info: FeedInfo = { totalResults: null, entries: 0 };
  const items: SourceItem[] = [];
  for await (const item of readArxivFeed([body], info, { label: 'answer' })) items.push(item);
  return { info, items };
}

const query = (params: string) => new URL(`http://127.0.0.1/api/query?${params}`);

describe('the local arXiv API (npm run arxiv:local)', () => {
  it('ships a few recorded papers, old-style ids included', () => {
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['2604.03438', '2602.19294', 'quant-ph/0201082']));
  });

  it('answers id_list queries as arXiv does: the papers found, in the order asked, any version', async () => {
    const answer = answerQuery(query('id_list=quant-ph/0201082v1,2604.99999,2604.03438&max_results=10'), entries, { now: () => NOW });
    expect(answer.status).toBe(200);
    const { info, items } = await read(answer.body);
    expect(info.totalResults).toBe(2);
    expect(items.map((item) => (item.kind === 'paper' ? item.paper.arxivId : item.reason))).toEqual(['quant-ph/0201082', '2604.03438']);
  });

  it('answers an empty feed for an id it does not have, and arXiv’s error entry (400) for one that is not an id', async () => {
    const missing = answerQuery(query('id_list=2604.99999'), entries);
    expect(missing.status).toBe(200);
    expect(await read(missing.body)).toMatchObject({ info: { totalResults: 0, entries: 0 }, items: [] });
    const bad = answerQuery(query('id_list=abc'), entries);
    expect(bad.status).toBe(400);
    await expect(read(bad.body)).rejects.toThrow(/incorrect id format for abc/);
  });

  it('dates the papers an hour ago when asked (--today), and as recorded otherwise', async () => {
    const recorded = await read(answerQuery(query('id_list=2604.03438'), entries).body);
    const today = await read(answerQuery(query('id_list=2604.03438'), entries, { datesToday: true, now: () => NOW }).body);
    const published = (result: { items: SourceItem[] }) => (result.items[0]?.kind === 'paper' ? result.items[0].paper.publishedAt : null);
    expect(published(recorded)).toEqual(new Date('2026-04-03T20:24:19Z'));
    expect(published(today)).toEqual(new Date('2026-12-01T09:00:00Z'));
  });
});
