'use client';

import { useEffect } from 'react';
import { enhanceThread } from './enhance-thread';

/**
 * The thread's one script, mounted once per page: relative times, the reader's own marks
 * (their comments' edit and delete, their upvotes) from /api/me, and posting, replying,
 * editing, deleting and voting without a reload. It works by event delegation on the thread's
 * server-rendered HTML, which stays correct without it.
 */
export function CommentEnhancer() {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('[data-comment-thread]');
    return root ? enhanceThread(root) : undefined;
  }, []);
  return null;
}
