import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as exportRoute } from '@/app/account/export/route';
import { GET as bibRoute } from '@/app/c/[id]/collection.bib/route';
import { GET as rssRoute } from '@/app/c/[id]/feed.xml/route';
import { POST as deleteRoute } from '@/app/library/collections/[id]/delete/route';
import { POST as editRoute } from '@/app/library/collections/[id]/edit/route';
import { POST as papersRoute } from '@/app/library/collections/[id]/papers/route';
import { POST as newRoute } from '@/app/library/collections/new/route';
import { POST as saveRoute } from '@/app/library/save/route';
import { deleteAccount } from '@/lib/accounts/delete-account';
import { setVote } from '@/lib/community/votes';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { buildAccountExport, EXPORT_SECTIONS } from '@/lib/export/build-export';
import { setFollow } from '@/lib/follows/follows';
import { setDismissed } from '@/lib/recommend/dismiss';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { setUpSmtpSink } from '../support/mail';
import { signInReader } from '../support/reader-session';
import { resetDatabase } from '../support/reset-database';

const sink = setUpSmtpSink();
beforeAll(() => {
  process.env.SMTP_URL = sink.url;
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
});

const ORIGIN = 'http://127.0.0.1:3000';

function form(path: string, fields: Record<string, string>, options: { cookie?: string; json?: boolean; origin?: string } = {}): Request {
  const headers: Record<string, string> = { origin: options.origin ?? ORIGIN, host: '127.0.0.1:3000', 'content-type': 'application/x-www-form-urlencoded' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.json) headers.accept = 'application/json';
  return new Request(`${ORIGIN}${path}`, { method: 'POST', headers, body: new URLSearchParams(fields).toString() });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function makePapers(count: number) {
  const saved = await savePapers(Array.from({ length: count }, (_, index) => buildListedPaper('2025-09-04', index + 1)));
  return db.paper.findMany({ where: { slug: { in: saved.map((paper) => paper.slug!) } }, select: { id: true, slug: true }, orderBy: { id: 'asc' } });
}

async function newCollection(cookie: string, fields: Record<string, string>): Promise<string> {
  const response = await newRoute(form('/library/collections/new', fields, { cookie, json: true }));
  expect(response.status).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

describe('library routes', () => {
  it('save: signed out to sign-in and back; without script a 303 to the card; the same answer when repeated', async () => {
    const [paper] = await makePapers(1);
    const back = `/papers/date/2025-09-04#paper-${paper!.id}`;
    const signedOut = await saveRoute(form('/library/save', { paper: String(paper!.id), saved: '1', back }));
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(back)}`);
    const { cookie, reader } = await signInReader(sink, 'ada@example.com', 'ada');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const done = await saveRoute(form('/library/save', { paper: String(paper!.id), saved: '1', back }, { cookie }));
      expect(done.status).toBe(303);
      expect(done.headers.get('location')).toBe(back);
    }
    expect(await db.savedPaper.count({ where: { userId: reader.id } })).toBe(1);
    const json = await saveRoute(form('/library/save', { paper: String(paper!.id), saved: '0', back }, { cookie, json: true }));
    expect(await json.json()).toEqual({ ok: true, paper: paper!.id, saved: false });
    expect((await saveRoute(form('/library/save', { paper: '999999', saved: '1', back }, { cookie }))).status).toBe(404);
    expect((await saveRoute(form('/library/save', { paper: String(paper!.id), saved: 'maybe', back }, { cookie }))).status).toBe(400);
    expect((await saveRoute(form('/library/save', { paper: String(paper!.id), saved: '1', back }, { cookie, origin: 'https://evil.example' }))).status).toBe(403);
  });

  it('collections: bad input is a clear 4xx; another reader’s collection is 404 to every form; private ones 404 publicly', async () => {
    const [first, second] = await makePapers(2);
    const ada = await signInReader(sink, 'ada@example.com', 'ada');
    const bob = await signInReader(sink, 'bob@example.com', 'bob');
    const tooLong = await newRoute(form('/library/collections/new', { title: 'x'.repeat(121) }, { cookie: ada.cookie }));
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('Keep the title under 120 characters.');
    expect((await newRoute(form('/library/collections/new', { title: 'A', paper: '999999' }, { cookie: ada.cookie }))).status).toBe(404);
    const id = await newCollection(ada.cookie, { title: 'Routing papers', visibility: 'private', paper: String(first!.id) });
    // Private: its feed and .bib are 404, as for an id that does not exist.
    expect((await rssRoute(new Request(`${ORIGIN}/c/${id}/feed.xml`), params(id))).status).toBe(404);
    expect((await bibRoute(new Request(`${ORIGIN}/c/${id}/collection.bib`), params(id))).status).toBe(404);
    for (const response of [
      await editRoute(form(`/library/collections/${id}/edit`, { title: 'Mine now', visibility: 'public' }, { cookie: bob.cookie }), params(id)),
      await papersRoute(form(`/library/collections/${id}/papers`, { paper: String(second!.id), action: 'add' }, { cookie: bob.cookie }), params(id)),
      await deleteRoute(form(`/library/collections/${id}/delete`, {}, { cookie: bob.cookie }), params(id)),
      await deleteRoute(form('/library/collections/zzzz/delete', {}, { cookie: ada.cookie }), params('zzzz')),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('No such collection.');
    }
    const added = await papersRoute(form(`/library/collections/${id}/papers`, { paper: String(second!.id), action: 'add', note: 'Compare with the first.', back: '/saved' }, { cookie: ada.cookie }), params(id));
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe('/saved?notice=Added+to+the+collection.');
    const published = await editRoute(form(`/library/collections/${id}/edit`, { title: 'Routing papers', description: 'Mixture-of-experts routing', visibility: 'public' }, { cookie: ada.cookie }), params(id));
    expect(published.status).toBe(303);
    const rss = await rssRoute(new Request(`${ORIGIN}/c/${id}/feed.xml`), params(id));
    expect(rss.status).toBe(200);
    const xml = await rss.text();
    expect(xml).toContain('<title>Routing papers (a collection by ada)</title>');
    expect(xml).toContain('Compare with the first.');
    const bib = await bibRoute(new Request(`${ORIGIN}/c/${id}/collection.bib`), params(id));
    expect(bib.headers.get('content-disposition')).toBe(`attachment; filename="collection-${id}.bib"`);
    expect((await bib.text()).match(/@misc\{/g)).toHaveLength(2);
    const deleted = await deleteRoute(form(`/library/collections/${id}/delete`, {}, { cookie: ada.cookie }), params(id));
    expect(deleted.headers.get('location')).toBe('/library/collections?notice=Deleted+the+collection.');
    expect((await rssRoute(new Request(`${ORIGIN}/c/${id}/feed.xml`), params(id))).status).toBe(404);
  });
});

describe('export and deletion', () => {
  it('exports everything about the reader and nobody else, without secrets; deleting the account removes it all', async () => {
    const [first, second] = await makePapers(2);
    const ada = await signInReader(sink, 'ada@example.com', 'ada');
    const bob = await signInReader(sink, 'bob@example.com', 'bob');
    await saveRoute(form('/library/save', { paper: String(first!.id), saved: '1' }, { cookie: ada.cookie }));
    await saveRoute(form('/library/save', { paper: String(second!.id), saved: '1' }, { cookie: bob.cookie }));
    await setVote(ada.reader.id, second!.id, true);
    const id = await newCollection(ada.cookie, { title: 'Public list', visibility: 'public', paper: String(first!.id) });
    await papersRoute(form(`/library/collections/${id}/papers`, { paper: String(first!.id), action: 'note', note: 'Key figure on p. 4' }, { cookie: ada.cookie }), params(id));
    await db.comment.create({ data: { paperId: first!.id, userId: ada.reader.id, body: 'Nice ablation.' } });
    await setFollow(ada.reader.id, { kind: 'category', value: 'cs.LG' }, true);
    await setDismissed(ada.reader.id, second!.id, true);

    const response = await exportRoute(new Request(`${ORIGIN}/account/export`, { headers: { cookie: ada.cookie } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="daily-papers-ada-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await response.text();
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data.sections as object)).toEqual(EXPORT_SECTIONS.map((section) => section.key));
    expect(data.account).toMatchObject({ email: 'ada@example.com', username: 'ada' });
    expect(data.savedPapers).toEqual([expect.objectContaining({ paper: expect.objectContaining({ slug: first!.slug }) })]);
    expect(data.votes).toEqual([expect.objectContaining({ paper: expect.objectContaining({ slug: second!.slug }) })]);
    expect(data.collections).toEqual([
      expect.objectContaining({ id, title: 'Public list', visibility: 'public', papers: [expect.objectContaining({ note: 'Key figure on p. 4' })] }),
    ]);
    expect(data.comments).toEqual([expect.objectContaining({ body: 'Nice ablation.' })]);
    expect(data.follows).toEqual([expect.objectContaining({ kind: 'category', value: 'cs.LG' })]);
    expect(data.notInterested).toEqual([expect.objectContaining({ paper: expect.objectContaining({ slug: second!.slug }) })]);
    expect((data.sessions as unknown[]).length).toBeGreaterThan(0);
    // Nothing of bob's, and no secrets (session tokens, the cookie).
    expect(text).not.toContain('bob@example.com');
    const token = ada.cookie.split('=')[1]!.split('.')[0]!;
    expect(text).not.toContain(token);
    expect((await exportRoute(new Request(`${ORIGIN}/account/export`))).headers.get('location')).toBe('/signin?next=%2Faccount%2Fexport');

    expect(await deleteAccount(ada.reader.id)).toMatchObject({ deleted: true });
    expect(await buildAccountExport(ada.reader.id)).toBeNull();
    expect(await db.savedPaper.count({ where: { userId: ada.reader.id } })).toBe(0);
    expect(await db.collection.count()).toBe(0);
    expect(await db.collectionPaper.count()).toBe(0);
    expect(await db.paperVote.count({ where: { userId: ada.reader.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: ada.reader.id } })).toBe(0);
    // The public collection's cached copies are dropped on every instance.
    expect(await db.pageChange.count({ where: { path: `/c/${id}` } })).toBeGreaterThanOrEqual(2);
    expect((await rssRoute(new Request(`${ORIGIN}/c/${id}/feed.xml`), params(id))).status).toBe(404);
    // Bob's things stay.
    expect(await db.savedPaper.count({ where: { userId: bob.reader.id } })).toBe(1);
    // Every section of a deleted reader's export reads nothing any more.
    for (const section of EXPORT_SECTIONS) {
      const value = await section.build({ id: ada.reader.id, email: 'nobody@example.com' }).catch(() => null);
      expect(Array.isArray(value) ? value : value === null ? [] : [value]).toEqual([]);
    }
  });
});
