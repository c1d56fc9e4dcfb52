/** A comment as a thread shows it (the paper page, /comments/<id>). */
export interface ThreadComment {
  id: number;
  parentId: number | null;
  /**
   * visible: shown with its body. deleted / hidden (by its author / a moderator): a
   * placeholder without body or author, kept only while visible replies hang under it.
   */
  state: 'visible' | 'deleted' | 'hidden';
  /** The Markdown source; null unless visible. */
  body: string | null;
  /** The author's username; null for a placeholder or an account that was deleted. */
  author: string | null;
  createdAt: Date;
  editedAt: Date | null;
  upvotes: number;
  /** Visible replies, oldest first (one level: replies have none). */
  replies: ThreadComment[];
}

export interface Thread {
  paperId: number;
  /** Top-level comments, oldest first. */
  comments: ThreadComment[];
  /** Visible comments, replies included: the paper's numComments. */
  count: number;
}

/** What the signed-in reader may do with one comment (its own page). */
export interface CommentViewer {
  own: boolean;
  upvoted: boolean;
  /** The reader's open report of it, if any. */
  reported: boolean;
}

/** /comments/<id>: the comment, its context, and the paper it is about. */
export interface CommentView {
  comment: ThreadComment;
  /** The top-level comment a reply answers. */
  parent: ThreadComment | null;
  paper: { id: number; slug: string; title: string };
}
