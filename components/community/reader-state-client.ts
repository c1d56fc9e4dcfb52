'use client';

/**
 * The signed-in reader's own state for the page being read, fetched once per page from
 * /api/me (private, never cached by anyone) and shared by every script that needs it (the
 * account menu, vote buttons, comment controls). Signed-out readers make no request: the
 * `dp_reader` hint cookie is present only after a sign-in on this browser.
 */
export interface ReaderState {
  reader: { username: string | null; role: 'reader' | 'moderator' } | null;
  /** Ids of the page's papers this reader upvoted. */
  upvoted?: number[];
  /** Ids of the page's papers this reader saved. */
  saved?: number[];
  /** Current counts of the page's papers (fresher than a cached page). */
  upvotes?: Record<string, number>;
  /** Ids of the page's comments this reader upvoted (`?comments=`). */
  commentsUpvoted?: number[];
  /** Ids of the page's comments this reader wrote (and may edit or delete). */
  ownComments?: number[];
  /** Current upvote counts of the page's comments. */
  commentUpvotes?: Record<string, number>;
  /** Which of the page's follow keys (`?follow=category:cs.LG`) the reader follows. */
  following?: string[];
  [extra: string]: unknown;
}

let pending: { key: string; promise: Promise<ReaderState | null> } | null = null;

export function hasReaderHint(): boolean {
  return document.cookie.split(/;\s*/).some((cookie) => cookie === 'dp_reader=1');
}

/** Ids from `data-<name>` attributes on the page (e.g. data-paper-id), comma-separated. */
function idsOn(attribute: string): string {
  const ids = new Set<string>();
  for (const element of document.querySelectorAll(`[${attribute}]`)) {
    const id = element.getAttribute(attribute);
    if (id && /^\d+$/.test(id)) ids.add(id);
  }
  return [...ids].slice(0, 200).join(',');
}

/** The state for the current page; the same promise for every caller until the page changes. */
export function loadReaderState(): Promise<ReaderState | null> {
  if (!hasReaderHint()) return Promise.resolve(null);
  const params = new URLSearchParams();
  const papers = idsOn('data-paper-id');
  const comments = idsOn('data-comment-id');
  if (papers) params.set('papers', papers);
  if (comments) params.set('comments', comments);
  // Follow buttons on the page (components/follows/follow-button.tsx): which the reader has.
  for (const key of new Set([...document.querySelectorAll('[data-follow]')].map((element) => element.getAttribute('data-follow') ?? '').filter(Boolean))) params.append('follow', key);
  const key = `${location.pathname}?${params.toString()}`;
  if (pending?.key === key) return pending.promise;
  const promise = fetch(`/api/me${params.size ? `?${params.toString()}` : ''}`, { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? (response.json() as Promise<ReaderState>) : null))
    .catch(() => null);
  pending = { key, promise };
  return promise;
}

/** After a change made from this page (a vote, a comment): the next load asks again. */
export function forgetReaderState(): void {
  pending = null;
}
