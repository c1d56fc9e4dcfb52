import type { ThreadComment } from './types';

/** A comment row as the thread query reads it (hidden and deleted ones included). */
export interface CommentRow {
  id: number;
  parentId: number | null;
  body: string;
  upvotes: number;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  user: { username: string | null } | null;
}

function stateOf(row: CommentRow): ThreadComment['state'] {
  if (row.hiddenAt) return 'hidden';
  return row.deletedAt ? 'deleted' : 'visible';
}

export function toThreadComment(row: CommentRow, replies: ThreadComment[] = []): ThreadComment {
  const state = stateOf(row);
  const visible = state === 'visible';
  return {
    id: row.id,
    parentId: row.parentId,
    state,
    body: visible ? row.body : null,
    author: visible ? (row.user?.username ?? null) : null,
    createdAt: row.createdAt,
    editedAt: visible ? row.editedAt : null,
    upvotes: visible ? row.upvotes : 0,
    replies,
  };
}

const byAge = (a: CommentRow, b: CommentRow) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;

/**
 * The thread as readers see it: top-level comments oldest first, each with its visible replies
 * oldest first. A deleted or hidden comment never shows its text; a top-level one stays as a
 * placeholder only while visible replies hang under it, a reply simply goes. `count` counts
 * the visible comments, the rule lib/community/counts.ts uses for numComments.
 */
export function shapeThread(rows: readonly CommentRow[]): { comments: ThreadComment[]; count: number } {
  const replies = new Map<number, CommentRow[]>();
  const tops: CommentRow[] = [];
  for (const row of rows) {
    if (row.parentId === null) tops.push(row);
    else {
      const siblings = replies.get(row.parentId);
      if (siblings) siblings.push(row);
      else replies.set(row.parentId, [row]);
    }
  }
  let count = 0;
  const comments: ThreadComment[] = [];
  for (const top of tops.sort(byAge)) {
    const shown = (replies.get(top.id) ?? []).filter((reply) => stateOf(reply) === 'visible').sort(byAge);
    const comment = toThreadComment(top, shown.map((reply) => toThreadComment(reply)));
    if (comment.state !== 'visible' && shown.length === 0) continue;
    count += shown.length + (comment.state === 'visible' ? 1 : 0);
    comments.push(comment);
  }
  return { comments, count };
}
