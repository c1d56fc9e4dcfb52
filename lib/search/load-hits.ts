import { db } from '@/lib/db';
import { DETAIL_WITH_LISTING_SELECT, toDetail } from '@/lib/papers/shapes';
import { splitHighlights } from './highlight';
import type { SearchHit } from './types';

/** What a full-text engine returns for one match, in rank order. */
export interface RankedMatch {
  id: number;
  title: string;
  snippet: string;
}

/**
 * The engines rank and highlight; Prisma loads the rest of each paper in its detail
 * shape (lib/papers/shapes.ts), so a hit is the same paper the JSON API serves, on both engines.
 */
export async function loadHits(matches: readonly RankedMatch[]): Promise<SearchHit[]> {
  if (matches.length === 0) return [];
  const rows = await db.paper.findMany({
    where: { id: { in: matches.map((match) => match.id) } },
    select: DETAIL_WITH_LISTING_SELECT,
  });
  const byId = new Map(rows.map(({ listing, ...row }) => [row.id, toDetail(row, listing)]));
  return matches.flatMap((match) => {
    const paper = byId.get(match.id);
    // Deleted between the two queries: drop it rather than show half a card.
    if (!paper) return [];
    return [{ ...paper, titleHighlight: splitHighlights(match.title), snippet: splitHighlights(match.snippet) }];
  });
}
