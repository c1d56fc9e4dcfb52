import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseProvider, db } from '@/lib/db';
import { runIngest } from '@/lib/ingest/pipeline';
import { readArxivFiles } from '@/lib/ingest/sources/arxiv-files';
import { findMatches } from '@/lib/search/find-matches';
import { findPaperByReference } from '@/lib/search/find-paper-by-reference';
import { searchPapers } from '@/lib/search/search-papers';
import { forgetRankingPath, rankingPath, RUM_INDEX } from '@/lib/search/postgres-ranking';
import { listSimilarPapers } from '@/lib/search/similar-papers';
import { buildPaper, savePapers } from '../factories/paper-factory';
import { ARXIV_DATA } from '../support/ingest-server';
import { resetDatabase } from '../support/reset-database';

// 100 real arXiv records about software testing: realistic abstracts for ranking checks.
const TESTING = path.join(ARXIV_DATA, 'q_testing_s0_m100_cfe7536492ca.xml');

const titles = async (q: string, extra: Record<string, string> = {}) => (await searchPapers({ q, ...extra })).hits.map((hit) => hit.title);
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase());

beforeAll(async () => {
  await resetDatabase();
  await runIngest(readArxivFiles([TESTING]).items, { source: 'arxiv', authority: 'arxiv', listing: { mode: 'none' } });
});

describe('searchPapers on real abstracts', () => {
  it('finds a paper first by its exact title, with the words highlighted', async () => {
    const title = 'Active Fuzzing for Testing and Securing Cyber-Physical Systems';
    const { hits } = await searchPapers({ q: title });
    expect(hits[0]?.title).toBe(title);
    expect(marked(hits[0]?.titleHighlight ?? [])).toEqual(expect.arrayContaining(['fuzzing', 'securing']));
    expect(hits[0]?.titleHighlight.map((segment) => segment.text).join('')).toBe(title);
  });

  it('matches authors, and word forms ("prioritisation" finds "prioritisation", "models" finds "model")', async () => {
    expect(await titles('Gotlieb Spieker')).toContain('Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques');
    const ranking = await titles('learning-to-rank model prioritisation');
    expect(ranking[0]).toBe('Towards Explainable Test Case Prioritisation with Learning-to-Rank Models');
  });

  it('pages by 20 with previous/next, and filters by category and publication dates', async () => {
    const first = await searchPapers({ q: 'testing' });
    expect(first.hits).toHaveLength(20);
    expect(first).toMatchObject({ page: 1, hasPrevious: false, hasNext: true });
    const second = await searchPapers({ q: 'testing', page: '2' });
    expect(second.hasPrevious).toBe(true);
    expect(second.hits.map((hit) => hit.slug)).not.toContain(first.hits[0]?.slug);

    const inCategory = await searchPapers({ q: 'testing', category: 'cs.CR' });
    expect(inCategory.hits.length).toBeGreaterThan(0);
    for (const hit of inCategory.hits) expect(hit.categories).toContain('cs.CR');

    const dated = await searchPapers({ q: 'testing', from: '2023-01-01', to: '2023-12-31' });
    expect(dated.hits.length).toBeGreaterThan(0);
    for (const hit of dated.hits) expect(hit.publishedAt?.getUTCFullYear()).toBe(2023);
  });

  it('answers hostile input with results or an empty page, never an error', async () => {
    const hostile = [
      '"unbalanced',
      'testing AND OR NOT NEAR(',
      '*',
      '-',
      ')))(((',
      "'; DROP TABLE \"Paper\"; --",
      'title:testing ^fuzz "a" + "b"',
      'x'.repeat(10_240),
      '深度学习 тестирование テスト',
      '\u0000\uE000\uE001',
    ];
    for (const q of hostile) {
      const results = await searchPapers({ q });
      expect(Array.isArray(results.hits), q.slice(0, 40)).toBe(true);
    }
    expect(await db.paper.count()).toBe(100);
  });

  it('redirect targets: an arXiv id or URL names the paper', async () => {
    expect(await findPaperByReference('https://arxiv.org/abs/2202.12139v1')).toBe('2202.12139');
    expect(await findPaperByReference('arXiv:2202.12139')).toBe('2202.12139');
    expect(await findPaperByReference('2501.99999')).toBeNull();
    expect(await findPaperByReference('fuzzing')).toBeNull();
  });

  it('similar papers share the subject and exclude the paper itself', async () => {
    const similar = await listSimilarPapers('2202.12139');
    expect(similar).toHaveLength(5);
    expect(similar.map((hit) => hit.slug)).not.toContain('2202.12139');
    // "Testing Deep Learning Models": its neighbours are about testing learned models.
    expect(similar.some((hit) => /learning|neural|deep/i.test(`${hit.title} ${hit.abstract}`))).toBe(true);
  });
});

describe('the index follows the data (database triggers)', () => {
  it('sees a new paper, an edited title and new authors, and forgets a deleted paper', async () => {
    const [created] = await savePapers([{ paper: buildPaper({ title: 'Quokka Grammars for Parsing', authors: [{ name: 'Zebulon Frobisher' }] }), listing: null }]);
    const slug = created?.slug ?? '';
    expect(await titles('quokka')).toEqual(['Quokka Grammars for Parsing']);
    expect(await titles('frobisher')).toEqual(['Quokka Grammars for Parsing']);

    await db.paper.update({ where: { slug }, data: { title: 'Wombat Grammars for Parsing' } });
    expect(await titles('quokka')).toEqual([]);
    expect(await titles('wombat')).toEqual(['Wombat Grammars for Parsing']);

    const paper = await db.paper.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await db.paperAuthor.update({ where: { paperId_position: { paperId: paper.id, position: 0 } }, data: { name: 'Ottoline Pennyworth' } });
    await db.paperAuthor.create({ data: { paperId: paper.id, position: 1, name: 'Barnaby Quill' } });
    expect(await titles('frobisher')).toEqual([]);
    expect(await titles('pennyworth quill')).toEqual(['Wombat Grammars for Parsing']);
    await db.paperAuthor.deleteMany({ where: { paperId: paper.id, position: 1 } });
    expect(await titles('quill')).toEqual([]);

    await db.paper.delete({ where: { slug } });
    expect(await titles('wombat')).toEqual([]);
    expect(await titles('pennyworth')).toEqual([]);
  });
});

describe('the index follows bulk imports', () => {
  const importPaper = (arxivId: string, arxivVersion: number, title: string, authors: string[]) =>
    runIngest([{ kind: 'paper', position: 'test', paper: buildPaper({ arxivId, arxivVersion, title, authors: authors.map((name) => ({ name })) }), listing: null }], {
      source: 'arxiv',
      authority: 'arxiv',
      listing: { mode: 'none' },
    });

  it('indexes an imported paper with its whole byline, and a newer version replaces it', async () => {
    await importPaper('2509.99001', 1, 'Capybara Schedulers for Clusters', ['Philippa Marchbanks', 'Odo Vantreight']);
    expect(await titles('capybara')).toEqual(['Capybara Schedulers for Clusters']);
    expect(await titles('marchbanks vantreight')).toEqual(['Capybara Schedulers for Clusters']);

    await importPaper('2509.99001', 2, 'Capybara Schedulers for Clusters, Revisited', ['Philippa Marchbanks', 'Ysolde Carrow']);
    expect(await titles('capybara')).toEqual(['Capybara Schedulers for Clusters, Revisited']);
    expect(await titles('vantreight')).toEqual([]);
    expect(await titles('carrow')).toEqual(['Capybara Schedulers for Clusters, Revisited']);
  });

  it('never gives a new paper the id (and so the index row) of a deleted one', async () => {
    await importPaper('2509.99002', 1, 'Pangolin Caches', ['Rosalind Ashgrove']);
    const deleted = await db.paper.findUniqueOrThrow({ where: { arxivId: '2509.99002' }, select: { id: true } });
    await db.paper.delete({ where: { id: deleted.id } });

    await importPaper('2509.99003', 1, 'Axolotl Compilers', ['Tobias Wrenfield']);
    const created = await db.paper.findUniqueOrThrow({ where: { arxivId: '2509.99003' }, select: { id: true } });
    expect(created.id).toBeGreaterThan(deleted.id);
    expect(await titles('pangolin')).toEqual([]);
    expect(await titles('wrenfield')).toEqual(['Axolotl Compilers']);
  });
});

describe('PostgreSQL ranking with and without the RUM index', () => {
  const best = async () => (await titles('fuzzing cyber physical securing'))[0];
  const expected = 'Active Fuzzing for Testing and Securing Cyber-Physical Systems';

  it('ranks from the RUM index where the extension is, falls back to ts_rank with a note where it is not, and an import builds the index again', async () => {
    expect(await best()).toBe(expected);
    if (databaseProvider() !== 'postgresql') return; // SQLite ranks with FTS5's bm25: one path
    forgetRankingPath();
    // .ci/run installs postgresql-15-rum, so the migration created the index.
    expect(await rankingPath()).toBe('rum');

    await db.$executeRawUnsafe(`DROP INDEX "${RUM_INDEX}"`);
    forgetRankingPath();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await best()).toBe(expected);
      expect(await rankingPath()).toBe('bounded');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('no RUM index'));
    } finally {
      warn.mockRestore();
    }

    await runIngest([{ kind: 'paper', position: 'test', paper: buildPaper({ arxivId: '2509.99004', title: 'Narwhal Indexes' }), listing: null }], {
      source: 'arxiv',
      authority: 'arxiv',
      listing: { mode: 'none' },
    });
    forgetRankingPath();
    expect(await rankingPath()).toBe('rum');
    expect(await best()).toBe(expected);
    expect(await titles('narwhal')).toEqual(['Narwhal Indexes']);
  });
});

describe('bounded matching', () => {
  it('keeps an OR query to the papers in an id range, as similar papers do', async () => {
    const ids = (await db.paper.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((paper) => paper.id);
    const middle = ids[Math.floor(ids.length / 2)] ?? 0;
    const terms = [['testing'], ['software']];
    const everywhere = await findMatches({ terms, mode: 'any', limit: 500, offset: 0 });
    const near = await findMatches({ terms, mode: 'any', idRange: { from: middle - 5, to: middle + 5 }, limit: 500, offset: 0 });
    expect(everywhere.length).toBeGreaterThan(near.length);
    expect(near.length).toBeGreaterThan(0);
    for (const match of near) expect(Math.abs(Number(match.id) - middle)).toBeLessThanOrEqual(5);
  });
});
