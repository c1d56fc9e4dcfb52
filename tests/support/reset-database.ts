import { db } from '@/lib/db';

/** Empties every table, children first, so a test starts from a known state. */
export async function resetDatabase(): Promise<void> {
  await db.$transaction([
    db.pageChange.deleteMany(),
    db.moderationAction.deleteMany(),
    db.commentReport.deleteMany(),
    db.commentVote.deleteMany(),
    db.comment.deleteMany(),
    db.paperVote.deleteMany(),
    db.passkey.deleteMany(),
    db.session.deleteMany(),
    db.account.deleteMany(),
    db.verification.deleteMany(),
    db.delivery.deleteMany(),
    db.digest.deleteMany(),
    db.rateLimitBucket.deleteMany(),
    db.listing.deleteMany(),
    db.paperAuthor.deleteMany(),
    db.paperCategory.deleteMany(),
    db.paperLink.deleteMany(),
    db.paper.deleteMany(),
    db.subscriber.deleteMany(),
    db.user.deleteMany(),
  ]);
}
