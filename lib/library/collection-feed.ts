import { buildAtom } from '@/lib/feeds/atom';
import { buildRss } from '@/lib/feeds/rss';
import type { Feed } from '@/lib/feeds/types';
import { toPlainText } from '@/lib/math/rich-text';
import { categoryName } from '@/lib/papers/arxiv-taxonomy';
import { paperPath } from '@/lib/papers/paper-ref';
import type { PaperDetail } from '@/lib/papers/types';
import { absoluteUrl } from '@/lib/site-url';
import { db } from '@/lib/db';
import { listPublicCollectionPapers } from './collection-queries';
import { collectionFilePaths, collectionPath } from './paths';
import { collectionIdField } from './schema';

/** The most recent additions a feed carries: readers poll, a feed is not the whole collection. */
const FEED_ITEM_LIMIT = 100;

/**
 * A public collection as a feed (lib/feeds/rss.ts and atom.ts write it): its papers, newest
 * addition first, each dated when it was added, the owner's note before the abstract.
 * Null for a collection that is private or missing (the route answers 404).
 */
export async function loadCollectionFeed(id: string, selfPath: string): Promise<Feed | null> {
  const collection = await db.collection.findFirst({ where: { id, visibility: 'public' }, select: { title: true, description: true, updatedAt: true, user: { select: { username: true } } } });
  const papers = collection ? await listPublicCollectionPapers(id) : null;
  if (!collection || !papers) return null;
  const by = collection.user.username ? ` by ${collection.user.username}` : '';
  return {
    title: `${collection.title} (a collection${by})`,
    description: collection.description || `Papers collected${by} on Daily Papers.`,
    siteUrl: absoluteUrl(collectionPath(id)),
    selfUrl: absoluteUrl(selfPath),
    updated: collection.updatedAt,
    items: papers.slice(0, FEED_ITEM_LIMIT).map(({ paper, note, addedAt }) => toItem(paper, note, addedAt)),
  };
}

function toItem(paper: PaperDetail, note: string, addedAt: Date) {
  const abstract = toPlainText(paper.abstract).trim();
  return {
    url: absoluteUrl(paperPath(paper.slug)),
    title: toPlainText(paper.title).replace(/\s+/g, ' ').trim(),
    summary: note ? `${note}\n\n${abstract}` : abstract,
    authors: paper.authors.map((author) => author.name),
    categories: paper.categories.map((code) => ({ code, name: categoryName(code) })),
    date: addedAt,
  };
}

/** GET /c/<id>/feed.xml or atom.xml: the feed, or 404 for a private, missing or malformed id. */
export async function collectionFeedResponse(rawId: string, format: 'rss' | 'atom'): Promise<Response> {
  const id = collectionIdField.safeParse(rawId);
  const feed = id.success ? await loadCollectionFeed(id.data, collectionFilePaths(id.data)[format]) : null;
  if (!feed) return new Response('No such collection.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return format === 'rss'
    ? new Response(buildRss(feed), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
    : new Response(buildAtom(feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
