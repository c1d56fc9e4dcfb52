import type { Reader } from '@/lib/accounts/reader';
import { db } from '@/lib/db';

/** At most this many ids per request: a page lists at most 100 papers. */
const MAX_IDS = 200;

/** Comma-separated positive integer ids from a query parameter; anything else is ignored. */
export function idList(value: string | null): number[] {
  if (!value) return [];
  const ids = new Set<number>();
  for (const part of value.split(',', MAX_IDS)) {
    if (/^\d{1,10}$/.test(part)) ids.add(Number(part));
  }
  return [...ids].filter((id) => id > 0 && id <= 2_147_483_647);
}

/**
 * The reader's own marks on what a page shows. `papers`: ids of the papers on the page.
 * Counts come with them (fresh from the database), so a reader who just voted sees the new
 * count even where the page itself is a cached copy a few seconds old.
 */
export async function readerStateFor(reader: Reader, params: URLSearchParams) {
  const paperIds = idList(params.get('papers'));
  const [votes, counts] = paperIds.length
    ? await Promise.all([
        db.paperVote.findMany({ where: { userId: reader.id, paperId: { in: paperIds } }, select: { paperId: true } }),
        db.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true, upvotes: true } }),
      ])
    : [[], []];
  return {
    upvoted: votes.map((vote) => vote.paperId),
    upvotes: Object.fromEntries(counts.map((paper) => [paper.id, paper.upvotes])),
  };
}
