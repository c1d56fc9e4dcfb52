import { db } from '@/lib/db';
import { EXPORT_PAPER_SELECT, exportedPaper } from './paper-ref';
import type { ExportSection } from './types';

/**
 * The account and community parts of a reader's export (issue 14, item 6). Secrets never
 * leave: no session tokens, no passkey keys, no subscription keys.
 */
export const ACCOUNT_SECTIONS: ExportSection[] = [
  {
    key: 'account',
    about: 'Your account: address, username, role, when it was made.',
    build: async ({ id }) =>
      db.user.findUniqueOrThrow({ where: { id }, select: { email: true, username: true, role: true, emailVerified: true, createdAt: true, updatedAt: true } }),
  },
  {
    key: 'sessions',
    about: 'Browsers signed in to the account (no tokens).',
    build: async ({ id }) =>
      db.session.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, select: { createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true } }),
  },
  {
    key: 'passkeys',
    about: 'Passkeys registered to the account (names and dates, no keys).',
    build: async ({ id }) =>
      db.passkey.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, select: { name: true, deviceType: true, backedUp: true, createdAt: true } }),
  },
  {
    key: 'votes',
    about: 'Papers you upvoted, newest first.',
    build: async ({ id }) => {
      const rows = await db.paperVote.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, select: { createdAt: true, paper: { select: EXPORT_PAPER_SELECT } } });
      return rows.map((row) => ({ votedAt: row.createdAt, paper: exportedPaper(row.paper) }));
    },
  },
  {
    key: 'comments',
    about: 'Your comments, with their paper; deleted ones say so.',
    build: async ({ id }) => {
      const rows = await db.comment.findMany({
        where: { userId: id },
        orderBy: { createdAt: 'desc' },
        select: { id: true, parentId: true, body: true, createdAt: true, editedAt: true, deletedAt: true, hiddenAt: true, upvotes: true, paper: { select: EXPORT_PAPER_SELECT } },
      });
      return rows.map(({ paper, ...comment }) => ({ ...comment, paper: exportedPaper(paper) }));
    },
  },
  {
    key: 'commentVotes',
    about: 'Comments you upvoted.',
    build: async ({ id }) => db.commentVote.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, select: { commentId: true, createdAt: true } }),
  },
  {
    key: 'reports',
    about: 'Comments you reported, and why.',
    build: async ({ id }) => db.commentReport.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, select: { commentId: true, reason: true, createdAt: true, resolvedAt: true } }),
  },
  {
    key: 'submissions',
    about: 'Papers you submitted to the daily list.',
    build: async ({ id }) => {
      const rows = await db.listing.findMany({ where: { submittedById: id }, orderBy: { createdAt: 'desc' }, select: { day: true, createdAt: true, hiddenAt: true, paper: { select: EXPORT_PAPER_SELECT } } });
      return rows.map(({ paper, ...listing }) => ({ ...listing, paper: exportedPaper(paper) }));
    },
  },
  {
    key: 'digestSubscription',
    about: 'The digest subscription of your address, if any (it is separate from the account).',
    build: async ({ email }) =>
      db.subscriber.findUnique({ where: { email }, select: { email: true, status: true, frequency: true, createdAt: true, confirmedAt: true, unsubscribedAt: true } }),
  },
];
