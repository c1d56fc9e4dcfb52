import { db, type Db } from '@/lib/db';
import { fingerprintPaper, hashPaperMetadata } from './fingerprint';
import { slugifyTitle } from './slug';
import {
  listingInputSchema,
  paperRecordSchema,
  type ListingInput,
  type PaperRecord,
  type PaperRecordInput,
} from './schema';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type UpsertStatus = 'created' | 'updated' | 'unchanged';

export interface PaperUpsert {
  paper: PaperRecordInput;
  /** Where the paper is listed in the feed; null imports it into the catalogue only. */
  listing: ListingInput | null;
}

export interface UpsertResult {
  slug: string;
  status: UpsertStatus;
}

const EXISTING_SELECT = {
  id: true,
  slug: true,
  arxivId: true,
  arxivVersion: true,
  title: true,
  abstract: true,
  publishedAt: true,
  comment: true,
  journalRef: true,
  doi: true,
  upvotes: true,
  numComments: true,
  authors: { orderBy: { position: 'asc' }, select: { name: true, affiliation: true } },
  categories: { orderBy: { position: 'asc' }, select: { code: true } },
  links: { select: { kind: true, url: true, title: true } },
  listing: { select: { day: true, rank: true, submittedBy: true, source: true } },
} as const;

/**
 * Writes papers and their listings in one transaction: all of the batch or none of it.
 * Idempotent: a paper is found again by its arXiv id (or, without one, by its title's slug),
 * and a record identical to what is stored writes nothing.
 */
export async function upsertPapers(batch: readonly PaperUpsert[]): Promise<UpsertResult[]> {
  const parsed = batch.map(({ paper, listing }) => ({
    paper: paperRecordSchema.parse(paper),
    listing: listing ? listingInputSchema.parse(listing) : null,
  }));
  return db.$transaction(async (tx) => {
    const results: UpsertResult[] = [];
    for (const item of parsed) results.push(await upsertOne(tx, item.paper, item.listing));
    return results;
  });
}

async function upsertOne(tx: Tx, record: PaperRecord, listing: ListingInput | null): Promise<UpsertResult> {
  const existing = await findExisting(tx, record);
  if (!existing) {
    const slug = await claimSlug(tx, record);
    const created = await tx.paper.create({ data: { slug, ...paperFields(record) }, select: { id: true } });
    await writeChildren(tx, created.id, record);
    if (listing) await tx.listing.create({ data: { paperId: created.id, ...listing } });
    return { slug, status: 'created' };
  }

  const stored: PaperRecord = {
    ...existing,
    categories: existing.categories.map((category) => category.code),
    links: existing.links.map((link) => ({ ...link, kind: link.kind as PaperRecord['links'][number]['kind'] })),
  };
  const effectiveListing = listing ?? (existing.listing as ListingInput | null);
  if (fingerprintPaper(stored, existing.listing as ListingInput | null) === fingerprintPaper(record, effectiveListing)) {
    return { slug: existing.slug, status: 'unchanged' };
  }
  await tx.paper.update({ where: { id: existing.id }, data: paperFields(record) });
  // One statement at a time: a transaction holds one connection, which runs them in turn anyway.
  await tx.paperAuthor.deleteMany({ where: { paperId: existing.id } });
  await tx.paperCategory.deleteMany({ where: { paperId: existing.id } });
  await tx.paperLink.deleteMany({ where: { paperId: existing.id } });
  await writeChildren(tx, existing.id, record);
  if (listing) {
    await tx.listing.upsert({
      where: { paperId: existing.id },
      create: { paperId: existing.id, ...listing },
      update: listing,
    });
  }
  return { slug: existing.slug, status: 'updated' };
}

async function findExisting(tx: Tx, record: PaperRecord) {
  if (record.arxivId) {
    return tx.paper.findUnique({ where: { arxivId: record.arxivId }, select: EXISTING_SELECT });
  }
  // Without an arXiv id the title is the identity: the same title is the same paper.
  return tx.paper.findFirst({ where: { arxivId: null, title: record.title }, select: EXISTING_SELECT });
}

/** The arXiv id when there is one; else the title's slug, numbered if another title took it. */
async function claimSlug(tx: Tx, record: PaperRecord): Promise<string> {
  if (record.arxivId) return record.arxivId;
  const base = slugifyTitle(record.title);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await tx.paper.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken) return candidate;
  }
}

function paperFields(record: PaperRecord) {
  return {
    arxivId: record.arxivId,
    arxivVersion: record.arxivVersion,
    title: record.title,
    abstract: record.abstract,
    publishedAt: record.publishedAt,
    comment: record.comment,
    journalRef: record.journalRef,
    doi: record.doi,
    primaryCategory: record.categories[0] ?? null,
    upvotes: record.upvotes,
    numComments: record.numComments,
    // Kept current here too, so the bulk importer (lib/ingest) can trust it.
    contentHash: hashPaperMetadata(record),
  };
}

async function writeChildren(tx: Tx, paperId: number, record: PaperRecord): Promise<void> {
  const categories = [...new Set(record.categories)];
  const links = uniqueBy(record.links, (link) => `${link.kind} ${link.url}`);
  if (record.authors.length > 0) {
    await tx.paperAuthor.createMany({
      data: record.authors.map((author, position) => ({ paperId, position, ...author })),
    });
  }
  if (categories.length > 0) {
    await tx.paperCategory.createMany({ data: categories.map((code, position) => ({ paperId, code, position })) });
  }
  if (links.length > 0) await tx.paperLink.createMany({ data: links.map((link) => ({ paperId, ...link })) });
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
