import type { Reader } from '@/lib/accounts/reader';
import { db } from '@/lib/db';
import { followedKeys } from '@/lib/follows/follows';
import { savedAmong } from '@/lib/library/saved';

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
 * The reader's own marks on what a page shows. `papers`: ids of the papers on the page (which
 * the reader upvoted and saved).
 * Counts come with them (fresh from the database), so a reader who just voted sees the new
 * count even where the page itself is a cached copy a few seconds old.
 */
export async function readerStateFor(reader: Reader, params: URLSearchParams) {
  const paperIds = idList(params.get('papers'));
  const [votes, counts, saved] = paperIds.length
    ? await Promise.all([
        db.paperVote.findMany({ where: { userId: reader.id, paperId: { in: paperIds } }, select: { paperId: true } }),
        db.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true, upvotes: true } }),
        savedAmong(reader.id, paperIds),
      ])
    : [[], [], []];
  return {
    upvoted: votes.map((vote) => vote.paperId),
    /** Which of the page's papers the reader saved (the Save buttons, issue 14). */
    saved,
    upvotes: Object.fromEntries(counts.map((paper) => [paper.id, paper.upvotes])),
    ...(await commentStateFor(reader, idList(params.get('comments')))),
    ...(params.has('follow') ? { following: await followedKeys(reader.id, params.getAll('follow').slice(0, 50)) } : {}),
  };
}

/**
 * `comments`: ids of the comments on the page: which of them the reader upvoted, which are
 * their own (the thread's script offers edit and delete on those), and their current upvote
 * counts (fresher than a cached page).
 */
async function commentStateFor(reader: Reader, commentIds: number[]) {
  if (commentIds.length === 0) return {};
  const [votes, comments] = await Promise.all([
    db.commentVote.findMany({ where: { userId: reader.id, commentId: { in: commentIds } }, select: { commentId: true } }),
    db.comment.findMany({ where: { id: { in: commentIds } }, select: { id: true, userId: true, upvotes: true, deletedAt: true, hiddenAt: true } }),
  ]);
  const shown = comments.filter((comment) => !comment.deletedAt && !comment.hiddenAt);
  return {
    commentsUpvoted: votes.map((vote) => vote.commentId),
    ownComments: shown.filter((comment) => comment.userId === reader.id).map((comment) => comment.id),
    commentUpvotes: Object.fromEntries(shown.map((comment) => [comment.id, comment.upvotes])),
  };
}
