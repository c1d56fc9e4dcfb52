import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { pickRareWords } from '@/lib/search/rare-words';
import { listSimilarPapers, rankByOverlap } from '@/lib/search/similar-papers';
import { buildPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

// A small catalogue of papers on three unrelated subjects, plus filler that shares only
// everyday research words with them: similar papers must follow the distinctive words.
const GLACIER = [
  'Glacier Calving Fronts Tracked by Radar Interferometry',
  'Radar Interferometry of Glacier Surge Dynamics',
  'Calving Glacier Fronts and Meltwater Plumes',
];
const BEEHIVE = ['Honeybee Waggle Dances Decoded from Beehive Video', 'Beehive Thermoregulation by Honeybee Swarms'];
const FILLER = Array.from({ length: 12 }, (_, index) => `Efficient Training Schedules for Large Networks, Part ${index + 1}`);

const abstractFor = (title: string) => `${title}. We describe experiments and evaluate the approach on benchmarks with careful analysis.`;
const saveTitles = async (titles: readonly string[]) =>
  (await savePapers(titles.map((title) => ({ paper: buildPaper({ title, abstract: abstractFor(title) }), listing: null })))).map((result) => result.slug);
const similarTitles = async (slug: string) => (await listSimilarPapers(slug)).map((paper) => paper.title);

let slugs: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase();
  const saved = await saveTitles([...GLACIER, ...FILLER, ...BEEHIVE]);
  slugs = Object.fromEntries([...GLACIER, ...FILLER, ...BEEHIVE].map((title, index) => [title, saved[index] ?? '']));
});

describe('similar papers on a paper page', () => {
  it('lists the papers sharing its distinctive words, not the paper itself nor unrelated ones', async () => {
    const similar = await similarTitles(slugs[GLACIER[0] ?? ''] ?? '');
    // The filler and the beehive papers share only words every abstract here has.
    expect(similar.sort()).toEqual([GLACIER[1], GLACIER[2]].sort());
  });

  it('finds the other paper of a small subject among many of another', async () => {
    expect((await similarTitles(slugs[BEEHIVE[1] ?? ''] ?? ''))[0]).toBe(BEEHIVE[0]);
  });

  it('gives a newly imported paper similar papers at once, and shows it on its older neighbours', async () => {
    const [fresh] = await saveTitles(['Honeybee Swarms Leaving the Beehive in Spring']);
    expect((await similarTitles(fresh ?? '')).sort()).toEqual([...BEEHIVE].sort());
    expect(await similarTitles(slugs[BEEHIVE[1] ?? ''] ?? '')).toContain('Honeybee Swarms Leaving the Beehive in Spring');
    await db.paper.delete({ where: { slug: fresh ?? '' } });
  });

  it('has none for an unknown paper', async () => {
    expect(await listSimilarPapers('2101.99999')).toEqual([]);
  });
});

describe('rankByOverlap', () => {
  const options = { self: 100, ids: 1000, papers: 1000, perTerm: 3 };

  it('ranks a paper sharing a rare word above papers sharing only a word most papers have', () => {
    const postings = [
      { word: 'common', ids: [99, 98, 97] }, // cut at perTerm within 3 ids: most papers hold it
      { word: 'rare', ids: [40] },
    ];
    expect(rankByOverlap(postings, options)[0]).toBe(40);
  });

  it('adds up shared words, and leaves the paper itself out', () => {
    const postings = [
      { word: 'a', ids: [300, 100, 50] },
      { word: 'b', ids: [100, 50] },
    ];
    expect(rankByOverlap(postings, { ...options, perTerm: 10 })).toEqual([50, 300]);
  });
});

describe('pickRareWords', () => {
  it('keeps the words few neighbours hold, rarest first, and drops the ones most of them hold', () => {
    const neighbours = Array.from({ length: 200 }, (_, index) => `Transformers for ${index % 2 ? 'vision' : 'speech'}. Transformers again.${index === 7 ? ' Axolotl.' : ''}`);
    const paper = { title: 'Axolotl Regeneration with Transformers', abstract: 'We model axolotl limb regeneration with transformers and vision.' };
    expect(pickRareWords(paper, neighbours, 8)).toEqual(['regeneration', 'limb', 'axolotl']);
  });
});
