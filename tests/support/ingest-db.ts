import { db } from '@/lib/db';

/** Everything an import writes, in a comparable form: two equal snapshots mean nothing changed. */
export async function snapshotPapers() {
  return db.paper.findMany({
    orderBy: { id: 'asc' },
    select: {
      id: true,
      slug: true,
      arxivVersion: true,
      title: true,
      contentHash: true,
      upvotes: true,
      updatedAt: true,
      authors: { orderBy: { position: 'asc' }, select: { name: true, affiliation: true } },
      categories: { orderBy: { position: 'asc' }, select: { code: true } },
      links: { orderBy: [{ kind: 'asc' }, { url: 'asc' }], select: { kind: true, url: true } },
      listing: { select: { day: true, rank: true, submittedBy: true, source: true, updatedAt: true } },
    },
  });
}
