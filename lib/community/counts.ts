import { db, type Db } from '@/lib/db';
import { COMMENT_WEIGHT, trendingScore } from './trending';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0] | Db;

/**
 * Recomputes a paper's upvotes, comment count and trending score from its rows (plus the counts
 * an import reported), inside the
 * caller's transaction: exact whatever happened before (a vote toggled twice, an account
 * deleted, a comment hidden). A paper has few votes and comments, so this is a small read.
 */
export async function recountPaper(tx: Tx, paperId: number): Promise<{ upvotes: number; numComments: number; trendingScore: number }> {
  const [votes, comments, imported] = await Promise.all([
    tx.paperVote.findMany({ where: { paperId }, select: { createdAt: true } }),
    tx.comment.findMany({ where: { paperId, deletedAt: null, hiddenAt: null }, select: { createdAt: true } }),
    tx.paper.findUnique({ where: { id: paperId }, select: { importedUpvotes: true, importedComments: true } }),
  ]);
  // Totals add what an import reported (Hugging Face's upvotes) to what happened here; the
  // trending score decays this site's own activity only (those have times; imports do not).
  const counts = {
    upvotes: (imported?.importedUpvotes ?? 0) + votes.length,
    numComments: (imported?.importedComments ?? 0) + comments.length,
    trendingScore: trendingScore([
      ...votes.map((vote) => ({ at: vote.createdAt, weight: 1 })),
      ...comments.map((comment) => ({ at: comment.createdAt, weight: COMMENT_WEIGHT })),
    ]),
  };
  await tx.paper.update({ where: { id: paperId }, data: counts });
  return counts;
}

/**
 * Takes the paper's row lock for the rest of the transaction (an UPDATE that changes nothing),
 * so writes to one paper's votes or comments run one after another: each recount then reads
 * the rows every earlier writer committed (PostgreSQL's READ COMMITTED reads afresh per
 * statement; SQLite has one writer anyway). False when there is no such paper.
 */
export async function lockPaper(tx: Tx, paperId: number): Promise<boolean> {
  const { count } = await tx.paper.updateMany({ where: { id: paperId }, data: { upvotes: { increment: 0 } } });
  return count === 1;
}

/** The same for several papers (an account's votes withdrawn, a moderator's sweep). */
export async function recountPapers(paperIds: Iterable<number>, tx: Tx = db): Promise<void> {
  for (const paperId of new Set(paperIds)) await recountPaper(tx, paperId);
}
