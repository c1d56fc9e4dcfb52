import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma-sqlite/client';
import { followsOfUsers } from '@/lib/follows/follows';
import type { FollowTarget } from '@/lib/follows/schema';

/**
 * What a reader has told us: follows, the papers they upvoted or saved (the positive signal),
 * and every paper not to suggest again (voted, saved, dismissed, sent in a digest). Loaded for
 * many readers at once, one query per table, so the digest's batches cost the same handful of
 * queries whether they hold one reader or five hundred.
 */
export interface ReaderSignals {
  follows: FollowTarget[];
  /** Upvoted or saved, newest first, at most MAX_LIKED. */
  liked: number[];
  excluded: Set<number>;
}

/** The newest likes are what the profile is built from: taste drifts, and the cost stays bounded. */
export const MAX_LIKED = 100;

function emptySignals(): ReaderSignals {
  return { follows: [], liked: [], excluded: new Set() };
}

export async function loadSignals(userIds: readonly string[]): Promise<Map<string, ReaderSignals>> {
  const signals = new Map<string, ReaderSignals>(userIds.map((id) => [id, emptySignals()]));
  if (userIds.length === 0) return signals;
  // One round trip for the four kinds of marks (a UNION ALL), newest likes first; follows apart.
  const ids = Prisma.join([...userIds]);
  const [follows, marks] = await Promise.all([
    followsOfUsers(userIds),
    db.$queryRaw<{ userId: string; paperId: number; kind: string }[]>`
      SELECT "userId", "paperId", "kind" FROM (
        SELECT "userId", "paperId", 'like' AS "kind", "createdAt" FROM "PaperVote" WHERE "userId" IN (${ids})
        UNION ALL SELECT "userId", "paperId", 'like' AS "kind", "createdAt" FROM "SavedPaper" WHERE "userId" IN (${ids})
        UNION ALL SELECT "userId", "paperId", 'seen' AS "kind", "createdAt" FROM "DismissedPaper" WHERE "userId" IN (${ids})
        UNION ALL SELECT "userId", "paperId", 'seen' AS "kind", "createdAt" FROM "DigestSentPaper" WHERE "userId" IN (${ids})
      ) AS "marks"
      ORDER BY "createdAt" DESC, "paperId" DESC`,
  ]);
  for (const [userId, reader] of signals) reader.follows = follows.get(userId) ?? [];
  for (const mark of marks) {
    const reader = signals.get(mark.userId);
    if (!reader) continue;
    const paperId = Number(mark.paperId);
    reader.excluded.add(paperId);
    if (mark.kind === 'like' && reader.liked.length < MAX_LIKED && !reader.liked.includes(paperId)) reader.liked.push(paperId);
  }
  return signals;
}
