import { recountPapers } from '@/lib/community/counts';
import { pagesChanged, paperChanged } from '@/lib/community/page-changes';
import { db } from '@/lib/db';
import { collectionPublicPaths } from '@/lib/library/paths';

/**
 * Deleting an account (docs/decisions/018): what was the reader's alone goes, what others
 * replied to or read stays without their name.
 *
 * - Gone: sessions, passkeys, sign-in records, their paper votes (the papers are recounted),
 *   their comment votes (those comments are recounted), their reports, their saved papers and
 *   collections (ON DELETE CASCADE; a public collection's cached page and files are dropped).
 * - Kept, anonymous: their comments stay in place as "deleted" (body erased, deletedAt set, no
 *   author), so replies under them still read in order; the papers they submitted stay listed
 *   with no "submitted by".
 * - Untouched: a digest subscription with the same address (a separate, double-opted-in
 *   consent with its own unsubscribe link; the account page says so and links to it).
 *
 * One transaction, so a failure leaves the account as it was; then the pages that showed the
 * reader's votes, comments or name are dropped from the caches (the profile page is never cached).
 */
export async function deleteAccount(userId: string, now: Date = new Date()): Promise<{ deleted: boolean; papers: number[] }> {
  const outcome = await db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { id: userId } })) === 0) return null;
    const published = await tx.collection.findMany({ where: { userId, visibility: 'public' }, select: { id: true } });
    const [votes, comments, commentVotes, submissions] = await Promise.all([
      tx.paperVote.findMany({ where: { userId }, select: { paperId: true } }),
      tx.comment.findMany({ where: { userId }, select: { paperId: true } }),
      tx.commentVote.findMany({ where: { userId }, select: { commentId: true } }),
      tx.listing.findMany({ where: { submittedById: userId }, select: { paperId: true } }),
    ]);
    await tx.paperVote.deleteMany({ where: { userId } });
    await tx.commentVote.deleteMany({ where: { userId } });
    await tx.commentReport.deleteMany({ where: { userId } });
    await tx.comment.updateMany({ where: { userId, deletedAt: null }, data: { body: '', deletedAt: now } });
    await tx.comment.updateMany({ where: { userId }, data: { body: '', userId: null } });
    await tx.listing.updateMany({ where: { submittedById: userId }, data: { submittedById: null, submittedBy: null } });
    for (const { commentId } of commentVotes) {
      await tx.comment.update({ where: { id: commentId }, data: { upvotes: await tx.commentVote.count({ where: { commentId } }) } });
    }
    // Sessions, passkeys and better-auth's Account rows go with the user (ON DELETE CASCADE).
    await tx.user.delete({ where: { id: userId } });
    const papers = [...new Set([...votes, ...comments, ...submissions].map((row) => row.paperId))];
    const commented = await tx.comment.findMany({ where: { id: { in: commentVotes.map((vote) => vote.commentId) } }, select: { paperId: true } });
    const touched = [...new Set([...papers, ...commented.map((row) => row.paperId)])];
    await recountPapers(touched, tx);
    return { papers: touched, collections: published.map((collection) => collection.id) };
  });
  if (!outcome) return { deleted: false, papers: [] };
  await pagesChanged(outcome.collections.flatMap(collectionPublicPaths));
  for (const paperId of outcome.papers) await paperChanged(paperId);
  return { deleted: true, papers: outcome.papers };
}
