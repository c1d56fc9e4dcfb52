import { db } from '@/lib/db';
import { parseArxivReference } from '@/lib/papers/arxiv-id';

/**
 * An arXiv id or arxiv.org URL typed into the search box names one paper: its slug when the
 * catalogue has it, else null (the search then runs as text and most likely finds nothing).
 */
export async function findPaperByReference(q: string): Promise<string | null> {
  const ref = parseArxivReference(q);
  if (!ref) return null;
  const paper = await db.paper.findUnique({ where: { arxivId: ref.id }, select: { slug: true } });
  return paper?.slug ?? null;
}
