import { randomBytes } from 'node:crypto';
import { pagesChanged } from '@/lib/community/page-changes';
import { db } from '@/lib/db';
import { collectionPublicPaths } from './paths';
import { isUniqueViolation } from './saved';
import { COLLECTIONS_PER_READER_MAX, PAPERS_PER_COLLECTION_MAX, type CollectionFields } from './schema';

/**
 * Collections (issue 14, item 1): every write names the reader, and a collection that is not
 * theirs is "not found", exactly like one that does not exist, so nobody learns that a private
 * collection exists. Each write is the desired state (add twice: one row; remove twice: none).
 * A public collection's page and files are cached like any public page; every change to one
 * that is or was public drops those copies here and on every instance (lib/community/page-changes).
 */
export type CollectionWrite =
  | { status: 'done'; id: string; changed: boolean }
  | { status: 'not-found' }
  | { status: 'no-paper' }
  | { status: 'too-many'; message: string };

const NOT_FOUND = { status: 'not-found' } as const;
const NO_PAPER = { status: 'no-paper' } as const;

/** 16 characters of base32 (a-z, 2-7) from 80 random bits: unguessable, URL-safe. */
export function newCollectionId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

async function ownCollection(userId: string, id: string) {
  return db.collection.findFirst({ where: { id, userId }, select: { id: true, visibility: true } });
}

async function published(id: string, ...visibilities: string[]): Promise<void> {
  if (visibilities.includes('public')) await pagesChanged(collectionPublicPaths(id));
}

export async function createCollection(userId: string, fields: CollectionFields): Promise<CollectionWrite> {
  if ((await db.collection.count({ where: { userId } })) >= COLLECTIONS_PER_READER_MAX) {
    return { status: 'too-many', message: `You have ${COLLECTIONS_PER_READER_MAX} collections, the most one account may have.` };
  }
  if (fields.paper !== undefined && (await db.paper.count({ where: { id: fields.paper } })) === 0) return NO_PAPER;
  const id = newCollectionId();
  await db.collection.create({
    data: {
      id,
      userId,
      title: fields.title,
      description: fields.description,
      visibility: fields.visibility,
      ...(fields.paper !== undefined ? { papers: { create: { paperId: fields.paper } } } : {}),
    },
  });
  await published(id, fields.visibility);
  return { status: 'done', id, changed: true };
}

export async function updateCollection(userId: string, id: string, fields: Omit<CollectionFields, 'paper'>): Promise<CollectionWrite> {
  const before = await ownCollection(userId, id);
  if (!before) return NOT_FOUND;
  await db.collection.update({ where: { id }, data: { title: fields.title, description: fields.description, visibility: fields.visibility } });
  // Made private: its public copies go too (they would 404 now).
  await published(id, before.visibility, fields.visibility);
  return { status: 'done', id, changed: true };
}

export async function deleteCollection(userId: string, id: string): Promise<CollectionWrite> {
  const before = await ownCollection(userId, id);
  if (!before) return NOT_FOUND;
  // Its papers go with it (ON DELETE CASCADE); a twin request finds nothing left to delete.
  const { count } = await db.collection.deleteMany({ where: { id, userId } });
  await published(id, before.visibility);
  return { status: 'done', id, changed: count > 0 };
}

/** Adds a paper (with an optional note), removes it, or sets its note. */
export async function setCollectionPaper(userId: string, id: string, paperId: number, action: 'add' | 'remove' | 'note', note = ''): Promise<CollectionWrite> {
  const collection = await ownCollection(userId, id);
  if (!collection) return NOT_FOUND;
  const key = { collectionId_paperId: { collectionId: id, paperId } };
  let changed: boolean;
  if (action === 'remove') {
    changed = (await db.collectionPaper.deleteMany({ where: { collectionId: id, paperId } })).count > 0;
  } else if (action === 'note') {
    const { count } = await db.collectionPaper.updateMany({ where: { collectionId: id, paperId }, data: { note } });
    if (count === 0) return NO_PAPER;
    changed = true;
  } else {
    if ((await db.paper.count({ where: { id: paperId } })) === 0) return NO_PAPER;
    if (await db.collectionPaper.findUnique({ where: key, select: { paperId: true } })) {
      changed = false;
    } else if ((await db.collectionPaper.count({ where: { collectionId: id } })) >= PAPERS_PER_COLLECTION_MAX) {
      return { status: 'too-many', message: `A collection holds at most ${PAPERS_PER_COLLECTION_MAX} papers.` };
    } else {
      changed = await db.collectionPaper.create({ data: { collectionId: id, paperId, note } }).then(
        () => true,
        (error: unknown) => {
          if (isUniqueViolation(error)) return false;
          throw error;
        },
      );
    }
  }
  if (changed) {
    // The collection's "updated" date (its feed's too) moves with its papers.
    await db.collection.update({ where: { id }, data: { updatedAt: new Date() } });
    await published(id, collection.visibility);
  }
  return { status: 'done', id, changed };
}
