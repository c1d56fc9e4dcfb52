import { db } from '@/lib/db';
import { PAPER_RECORD_SELECT, toPaperRecord } from '@/lib/papers/api-queries';
import { splitHighlights } from './highlight';
import type { SearchHit } from './types';

/** What a full-text engine returns for one match, in rank order. */
export interface RankedMatch {
  id: number;
  title: string;
  snippet: string;
}

/**
 * The engines rank and highlight; Prisma loads the rest of each paper with the API's own
 * select, so a hit is the same record the JSON API serves, on both engines.
 */
export async function loadHits(matches: readonly RankedMatch[]): Promise<SearchHit[]> {
  if (matches.length === 0) return [];
  const rows = await db.paper.findMany({
    where: { id: { in: matches.map((match) => match.id) } },
    select: { id: true, ...PAPER_RECORD_SELECT },
  });
  const byId = new Map(rows.map(({ id, ...row }) => [id, toPaperRecord(row)]));
  return matches.flatMap((match) => {
    const paper = byId.get(match.id);
    // Deleted between the two queries: drop it rather than show half a card.
    if (!paper) return [];
    return [{ ...paper, titleHighlight: splitHighlights(match.title), snippet: splitHighlights(match.snippet) }];
  });
}
