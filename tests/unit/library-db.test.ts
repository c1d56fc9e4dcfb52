import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getOwnCollection, getPublicCollection, listCollectionsForPaper, listOwnCollections, listPublicCollectionPapers } from '@/lib/library/collection-queries';
import { createCollection, deleteCollection, setCollectionPaper, updateCollection } from '@/lib/library/collections';
import { listSaved, savedAmong, setSaved } from '@/lib/library/saved';
import { collectionFormSchema, collectionPaperFormSchema, saveFormSchema, TITLE_MAX } from '@/lib/library/schema';
import { readerStateFor } from '@/lib/community/reader-state';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

beforeEach(async () => {
  await resetDatabase();
});

async function makeUsers(...names: string[]): Promise<string[]> {
  await db.user.createMany({ data: names.map((id) => ({ id, email: `${id}@example.com`, username: id })) });
  return names;
}

async function makePapers(count: number): Promise<number[]> {
  const saved = await savePapers(Array.from({ length: count }, (_, index) => buildListedPaper('2025-09-04', index + 1)));
  const rows = await db.paper.findMany({ where: { slug: { in: saved.map((paper) => paper.slug!) } }, select: { id: true }, orderBy: { id: 'asc' } });
  return rows.map((row) => row.id);
}

const fields = (title: string, visibility: 'private' | 'public' = 'private', paper?: number) => ({ title, description: '', visibility, ...(paper ? { paper } : {}) });

describe('saving papers', () => {
  it('is a desired state: saving twice keeps one row, removing twice finds nothing the second time', async () => {
    const [ada] = await makeUsers('ada');
    const [paper] = await makePapers(1);
    expect(await setSaved(ada!, paper!, true)).toEqual({ status: 'done', saved: true, changed: true });
    expect(await setSaved(ada!, paper!, true)).toEqual({ status: 'done', saved: true, changed: false });
    expect(await db.savedPaper.count()).toBe(1);
    expect(await setSaved(ada!, paper!, false)).toEqual({ status: 'done', saved: false, changed: true });
    expect(await setSaved(ada!, paper!, false)).toEqual({ status: 'done', saved: false, changed: false });
    expect(await db.savedPaper.count()).toBe(0);
  });

  it('stays one row when the same save arrives ten times at once', async () => {
    const [ada] = await makeUsers('ada');
    const [paper] = await makePapers(1);
    const results = await Promise.all(Array.from({ length: 10 }, () => setSaved(ada!, paper!, true)));
    expect(results.every((result) => result.status === 'done' && result.saved)).toBe(true);
    expect(results.filter((result) => result.status === 'done' && result.changed)).toHaveLength(1);
    expect(await db.savedPaper.count()).toBe(1);
  });

  it('refuses a paper that does not exist', async () => {
    const [ada] = await makeUsers('ada');
    expect(await setSaved(ada!, 999_999, true)).toEqual({ status: 'no-paper' });
  });

  it('lists a reader’s saves newest first, paged, and only theirs; /api/me says which of a page’s papers are saved', async () => {
    const [ada, bob] = await makeUsers('ada', 'bob');
    const papers = await makePapers(5);
    for (const [index, paper] of papers.entries()) {
      await db.savedPaper.create({ data: { userId: ada!, paperId: paper, createdAt: new Date(Date.UTC(2026, 0, 1 + index)) } });
    }
    await setSaved(bob!, papers[0]!, true);
    const first = await listSaved(ada!, 1, 2);
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 5 });
    expect(first.items.map((item) => item.id)).toEqual([papers[4], papers[3]]);
    const last = await listSaved(ada!, 9, 2);
    expect(last.page).toBe(3);
    expect(last.items.map((item) => item.id)).toEqual([papers[0]]);
    expect((await listSaved(bob!, 1)).items.map((item) => item.id)).toEqual([papers[0]]);
    expect(await savedAmong(bob!, papers)).toEqual([papers[0]]);
    const state = await readerStateFor({ id: bob!, email: 'bob@example.com', username: 'bob', role: 'reader', sessionId: 's' }, new URLSearchParams({ papers: papers.join(',') }));
    expect(state.saved).toEqual([papers[0]]);
  });

  it('reads the save form: paper id and saved=0|1, with clear messages otherwise', () => {
    expect(saveFormSchema.parse({ paper: '12', saved: '1' })).toEqual({ paper: 12, saved: true });
    expect(saveFormSchema.safeParse({ paper: 'x', saved: '1' }).error?.issues[0]?.message).toBe('No such paper.');
    expect(saveFormSchema.safeParse({ paper: '12', saved: 'yes' }).error?.issues[0]?.message).toMatch(/saved=1/);
  });
});

describe('collections', () => {
  it('keeps a private collection from everyone but its owner, and shows a public one to all', async () => {
    const [ada, bob] = await makeUsers('ada', 'bob');
    const [paper] = await makePapers(1);
    const created = await createCollection(ada!, fields('Reading list', 'private', paper));
    if (created.status !== 'done') throw new Error(created.status);
    expect(created.id).toMatch(/^[a-z2-7]{16}$/);
    expect(await getPublicCollection(created.id)).toBeNull();
    expect(await listPublicCollectionPapers(created.id)).toBeNull();
    expect(await getOwnCollection(bob!, created.id)).toBeNull();
    expect((await getOwnCollection(ada!, created.id))?.papers.map((entry) => entry.id)).toEqual([paper]);
    expect(await updateCollection(ada!, created.id, { title: 'Reading list', description: 'Mixture of experts', visibility: 'public' })).toMatchObject({ status: 'done' });
    const shown = await getPublicCollection(created.id);
    expect(shown).toMatchObject({ title: 'Reading list', description: 'Mixture of experts', owner: 'ada', visibility: 'public', paperCount: 1 });
    expect(await db.pageChange.count({ where: { path: `/c/${created.id}` } })).toBeGreaterThan(0);
  });

  it('treats someone else’s collection exactly like a missing one', async () => {
    const [ada, bob] = await makeUsers('ada', 'bob');
    const [paper] = await makePapers(1);
    const created = await createCollection(ada!, fields('Mine', 'public'));
    if (created.status !== 'done') throw new Error(created.status);
    const missing = 'aaaaaaaaaaaaaaaa';
    for (const id of [created.id, missing]) {
      expect(await updateCollection(bob!, id, { title: 'Taken', description: '', visibility: 'private' })).toEqual({ status: 'not-found' });
      expect(await setCollectionPaper(bob!, id, paper!, 'add')).toEqual({ status: 'not-found' });
      expect(await deleteCollection(bob!, id)).toEqual({ status: 'not-found' });
    }
    expect(await getPublicCollection(created.id)).toMatchObject({ title: 'Mine', paperCount: 0 });
  });

  it('adds a paper once however often asked, edits its note, removes it, and deletes the collection', async () => {
    const [ada] = await makeUsers('ada');
    const [first, second] = await makePapers(2);
    const created = await createCollection(ada!, fields('Sparse models'));
    if (created.status !== 'done') throw new Error(created.status);
    expect(await setCollectionPaper(ada!, created.id, first!, 'add')).toMatchObject({ status: 'done', changed: true });
    expect(await setCollectionPaper(ada!, created.id, first!, 'add')).toMatchObject({ status: 'done', changed: false });
    await Promise.all([setCollectionPaper(ada!, created.id, second!, 'add'), setCollectionPaper(ada!, created.id, second!, 'add')]);
    expect(await db.collectionPaper.count({ where: { collectionId: created.id } })).toBe(2);
    expect(await setCollectionPaper(ada!, created.id, first!, 'note', 'Read section 3 first.')).toMatchObject({ status: 'done' });
    const own = await getOwnCollection(ada!, created.id);
    expect(own?.papers.find((entry) => entry.id === first)?.note).toBe('Read section 3 first.');
    expect(await setCollectionPaper(ada!, created.id, 999_999, 'add')).toEqual({ status: 'no-paper' });
    expect(await setCollectionPaper(ada!, created.id, first!, 'remove')).toMatchObject({ changed: true });
    expect(await setCollectionPaper(ada!, created.id, first!, 'remove')).toMatchObject({ changed: false });
    // A note on a paper that is no longer in it is refused, not silently created.
    expect(await setCollectionPaper(ada!, created.id, first!, 'note', 'x')).toEqual({ status: 'no-paper' });
    expect((await listCollectionsForPaper(ada!, second!)).map((entry) => entry.hasPaper)).toEqual([true]);
    expect(await deleteCollection(ada!, created.id)).toMatchObject({ status: 'done', changed: true });
    expect(await listOwnCollections(ada!)).toEqual([]);
    expect(await db.collectionPaper.count()).toBe(0);
    // The papers themselves stay.
    expect(await db.paper.count()).toBe(2);
  });

  it('checks the forms: a title is required and bounded, visibility is private or public, notes are bounded', () => {
    expect(collectionFormSchema.parse({ title: '  Reading   list ', visibility: 'public' })).toEqual({ title: 'Reading list', description: '', visibility: 'public' });
    expect(collectionFormSchema.safeParse({ title: '   ' }).error?.issues[0]?.message).toBe('Give the collection a title.');
    expect(collectionFormSchema.safeParse({ title: 'x'.repeat(TITLE_MAX + 1) }).error?.issues[0]?.message).toMatch(/under 120 characters/);
    expect(collectionFormSchema.safeParse({ title: 'x', visibility: 'friends' }).error?.issues[0]?.message).toBe('A collection is private or public.');
    expect(collectionPaperFormSchema.safeParse({ paper: '1', action: 'note', note: 'n'.repeat(1_001) }).error?.issues[0]?.message).toMatch(/under 1000/);
    expect(collectionPaperFormSchema.safeParse({ paper: '1', action: 'move' }).error?.issues[0]?.message).toMatch(/add, remove or note/);
  });
});
