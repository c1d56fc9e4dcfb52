import { db } from '@/lib/db';

export interface OpenReport {
  id: number;
  reason: string;
  reporter: string;
  at: Date;
}

export interface ReportedComment {
  commentId: number;
  body: string;
  createdAt: Date;
  deleted: boolean;
  hidden: boolean;
  paper: { slug: string; title: string };
  /** null once the author's account is deleted. */
  author: { id: string; name: string; suspended: boolean } | null;
  reports: OpenReport[];
}

/** Comments shown per page of the queue; the rest wait for the next look. */
export const REPORT_QUEUE_LIMIT = 50;

/**
 * The queue: every comment with an open report, the comment with the oldest open report first
 * (it has waited longest), each with its open reports. Two queries: the open reports (the
 * (resolvedAt, createdAt) index), then their comments.
 */
export async function listOpenReports(): Promise<{ comments: ReportedComment[]; more: boolean }> {
  const reports = await db.commentReport.findMany({
    where: { resolvedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, commentId: true, reason: true, createdAt: true, user: { select: { username: true } } },
  });
  const order: number[] = [];
  const byComment = new Map<number, OpenReport[]>();
  for (const report of reports) {
    let list = byComment.get(report.commentId);
    if (!list) {
      list = [];
      byComment.set(report.commentId, list);
      order.push(report.commentId);
    }
    list.push({ id: report.id, reason: report.reason, reporter: report.user.username ?? 'a reader without a username', at: report.createdAt });
  }
  const shown = order.slice(0, REPORT_QUEUE_LIMIT);
  const comments = await db.comment.findMany({
    where: { id: { in: shown } },
    select: {
      id: true,
      body: true,
      createdAt: true,
      deletedAt: true,
      hiddenAt: true,
      paper: { select: { slug: true, title: true } },
      user: { select: { id: true, username: true, email: true, suspendedAt: true } },
    },
  });
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  return {
    comments: shown.flatMap((id) => {
      const comment = byId.get(id);
      if (!comment) return [];
      return [
        {
          commentId: comment.id,
          body: comment.body,
          createdAt: comment.createdAt,
          deleted: comment.deletedAt !== null,
          hidden: comment.hiddenAt !== null,
          paper: comment.paper,
          author: comment.user ? { id: comment.user.id, name: comment.user.username ?? comment.user.email, suspended: comment.user.suspendedAt !== null } : null,
          reports: byComment.get(id) ?? [],
        },
      ];
    }),
    more: order.length > REPORT_QUEUE_LIMIT,
  };
}
