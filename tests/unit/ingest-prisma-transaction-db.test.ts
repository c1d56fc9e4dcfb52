import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { FeedDay } from '@/lib/dates/feed-day';
import { inPrismaTransaction } from '@/lib/ingest/store/prisma-transaction';
import { writePapers, type PaperWrite } from '@/lib/ingest/write-papers';
import { buildPaper } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

beforeEach(resetDatabase);

const CONTEXT = { source: 'arxiv', authority: 'arxiv', explicitListing: false } as const;

function write(id: string, day: string): PaperWrite {
  return {
    paper: buildPaper({ arxivId: id, arxivVersion: 2, title: `Paper ${id}`, abstract: 'We study one thing.', publishedAt: new Date('2026-11-27T10:11:12.345Z'), links: [{ kind: 'code', url: 'https://github.com/x/y' }] }),
    listing: { day: day as FeedDay, rank: null, submittedBy: null },
  };
}

/** What the app reads of a paper (not its id or slug, which differ by construction). */
async function stored(arxivId: string) {
  const paper = await db.paper.findUniqueOrThrow({
    where: { arxivId },
    select: {
      arxivVersion: true,
      abstract: true,
      publishedAt: true,
      contentHash: true,
      upvotes: true,
      createdAt: true,
      authors: { select: { name: true, affiliation: true, position: true }, orderBy: { position: 'asc' } },
      categories: { select: { code: true, position: true }, orderBy: { position: 'asc' } },
      links: { select: { kind: true, url: true } },
      listing: { select: { day: true, rank: true, source: true, createdAt: true } },
    },
  });
  return paper;
}

describe('the write path inside a Prisma transaction (for web requests)', () => {
  it('writes the same rows as the importers’ own connection, dates included, and numbers ranks on', async () => {
    const before = new Date();
    await writePapers([write('2611.00001', '2026-11-27')], CONTEXT);
    await inPrismaTransaction((sql) => writePapers([write('2611.00002', '2026-11-27')], CONTEXT, sql));
    const [a, b] = [await stored('2611.00001'), await stored('2611.00002')];
    const { contentHash: _a, createdAt: createdA, listing: listingA, ...restA } = a;
    const { contentHash: _b, createdAt: createdB, listing: listingB, ...restB } = b;
    expect(restB).toEqual(restA);
    expect(b.publishedAt?.toISOString()).toBe('2026-11-27T10:11:12.345Z');
    expect(createdB.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(createdA.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(listingA).toMatchObject({ day: '2026-11-27', rank: 1, source: 'arxiv' });
    expect(listingB).toMatchObject({ day: '2026-11-27', rank: 2, source: 'arxiv' });
    expect(listingB?.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // A second run through either is "unchanged".
    expect(await inPrismaTransaction((sql) => writePapers([write('2611.00001', '2026-11-27')], CONTEXT, sql))).toEqual([{ status: 'unchanged', slug: '2611.00001' }]);
  });

  it('rolls everything back when the work throws after writing', async () => {
    await expect(
      inPrismaTransaction(async (sql) => {
        await writePapers([write('2611.00003', '2026-11-27')], CONTEXT, sql);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.paper.count()).toBe(0);
    expect(await db.listing.count()).toBe(0);
  });
});
