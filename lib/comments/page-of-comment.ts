import { pagesChanged } from '@/lib/community/page-changes';
import { db } from '@/lib/db';
import { paperPath } from '@/lib/papers/paper-ref';

/**
 * After a change only the paper's own page shows (an edit, a comment's upvotes): drop that
 * page alone. Lists, feeds and the API show counts, which did not change.
 */
export async function threadChanged(paperId: number): Promise<void> {
  const paper = await db.paper.findUnique({ where: { id: paperId }, select: { slug: true } });
  if (paper) await pagesChanged([paperPath(paper.slug)]);
}
