import { db } from '@/lib/db';
import { recountPaper } from '@/lib/community/counts';
import { paperChanged } from '@/lib/community/page-changes';
import { hitCommentLimits } from './limits';
import { checkWriter, lockPaperRow, LOCK_WAIT, type Tx, type WriterRefusal } from './writer';

/**
 * A double submit, a retried POST or a browser's "resend" carries the same text: a second
 * identical comment by the same author at the same place within this window is the first one
 * again, not a new one (docs/decisions/020-comments.md).
 */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export interface PostInput {
  userId: string;
  paperId: number;
  /** The comment replied to (a reply to a reply answers its top-level comment). */
  parentId: number | null;
  /** Already validated (lib/comments/schema.ts). */
  body: string;
  clientIp: string;
  now?: Date;
}

export type PostResult =
  | { status: 'posted'; id: number; paperId: number; parentId: number | null; numComments: number; duplicate: boolean }
  | WriterRefusal
  | { status: 'no-paper' }
  | { status: 'no-parent'; message: string }
  | { status: 'rate-limited'; retryAfterSeconds: number };

/** The top-level comment a reply hangs under, or why it cannot be replied to. */
async function resolveParent(paperId: number, parentId: number): Promise<{ ok: true; id: number } | { ok: false; message: string }> {
  const target = await db.comment.findUnique({
    where: { id: parentId },
    select: { paperId: true, parentId: true, deletedAt: true, hiddenAt: true, parent: { select: { hiddenAt: true } } },
  });
  if (!target || target.paperId !== paperId) return { ok: false, message: 'The comment you replied to does not exist.' };
  if (target.deletedAt || target.hiddenAt || target.parent?.hiddenAt) return { ok: false, message: 'The comment you replied to was removed.' };
  return { ok: true, id: target.parentId ?? parentId };
}

async function findDuplicate(tx: Tx | typeof db, input: PostInput, parentId: number | null, now: Date) {
  return tx.comment.findFirst({
    where: { userId: input.userId, paperId: input.paperId, parentId, body: input.body, deletedAt: null, createdAt: { gte: new Date(now.getTime() - DUPLICATE_WINDOW_MS) } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
}

/** Posts a comment or a reply; the paper's counts follow in the same transaction. */
export async function postComment(input: PostInput): Promise<PostResult> {
  const now = input.now ?? new Date();
  let parentId: number | null = null;
  if (input.parentId !== null) {
    const parent = await resolveParent(input.paperId, input.parentId);
    if (!parent.ok) return { status: 'no-parent', message: parent.message };
    parentId = parent.id;
  }
  const answerWith = async (id: number, duplicate: boolean): Promise<PostResult> => {
    const paper = await db.paper.findUnique({ where: { id: input.paperId }, select: { numComments: true } });
    return { status: 'posted', id, paperId: input.paperId, parentId, numComments: paper?.numComments ?? 0, duplicate };
  };
  // A retry is answered without counting against the limits.
  const earlier = await findDuplicate(db, input, parentId, now);
  if (earlier) return answerWith(earlier.id, true);
  const limit = await hitCommentLimits('post', input.userId, input.clientIp);
  if (!limit.allowed) return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };

  const result = await db.$transaction(async (tx): Promise<PostResult> => {
    const refusal = await checkWriter(tx, input.userId);
    if (refusal) return refusal;
    if (!(await lockPaperRow(tx, input.paperId))) return { status: 'no-paper' };
    // Under the paper's lock: two copies of one request arriving together post once.
    const duplicate = await findDuplicate(tx, input, parentId, now);
    if (duplicate) return { status: 'posted', id: duplicate.id, paperId: input.paperId, parentId, numComments: -1, duplicate: true };
    const created = await tx.comment.create({ data: { paperId: input.paperId, userId: input.userId, parentId, body: input.body, createdAt: now }, select: { id: true } });
    const counts = await recountPaper(tx, input.paperId);
    return { status: 'posted', id: created.id, paperId: input.paperId, parentId, numComments: counts.numComments, duplicate: false };
  }, LOCK_WAIT);
  if (result.status !== 'posted') return result;
  if (result.duplicate) return answerWith(result.id, true);
  await paperChanged(input.paperId);
  return result;
}
