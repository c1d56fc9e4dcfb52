import type { ReaderState } from '@/components/community/reader-state-client';
import { relativeCommentTime } from '@/lib/comments/time';
import { REPLY_LIST } from './styles';

/**
 * The thread's markup as the thread script reads and changes it (enhance-thread.ts handles the
 * events): finding comments, marking the reader's own and upvoted ones, and putting in place
 * comments fetched from their own page, /comments/<id> (the server's markup, never built here).
 */

// --- reading the page ------------------------------------------------------------------------

export const mainForm = (root: HTMLElement) => root.querySelector<HTMLFormElement>('form[data-comment-form="post"]:not([data-inline])');
export const articleOf = (root: ParentNode, id: number) => root.querySelector<HTMLElement>(`article[data-comment-id="${id}"]`);
export const idOf = (element: Element | null) => Number(element?.closest('article[data-comment-id]')?.getAttribute('data-comment-id') ?? NaN);

export function showRelativeTimes(scope: ParentNode): void {
  const now = new Date();
  for (const time of scope.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
    const at = new Date(time.dateTime);
    if (!Number.isNaN(at.getTime())) time.textContent = relativeCommentTime(at, now);
  }
}

export function announce(root: HTMLElement, message: string): void {
  const status = root.querySelector('[data-comment-status]');
  if (status) status.textContent = message;
}

export function setCount(root: HTMLElement, count: number | undefined): void {
  const element = root.querySelector('[data-comment-count]');
  if (element && typeof count === 'number' && count >= 0) element.textContent = String(count);
}

// --- the reader's own state ------------------------------------------------------------------

export function markOwn(article: HTMLElement): void {
  for (const button of article.querySelectorAll<HTMLElement>('[data-action="edit"], [data-action="delete"]')) button.hidden = false;
  // Its count stays in view; one's own comment cannot be upvoted.
  const vote = article.querySelector<HTMLButtonElement>('form[data-comment-form="vote"] button');
  if (vote) vote.disabled = true;
  article.querySelector<HTMLElement>('[data-action="report"]')?.remove();
}

export function markVote(article: HTMLElement, upvoted: boolean, upvotes?: number): void {
  const form = article.querySelector<HTMLFormElement>('form[data-comment-form="vote"]');
  if (!form) return;
  form.querySelector('button')?.setAttribute('aria-pressed', String(upvoted));
  const up = form.querySelector<HTMLInputElement>('input[name="up"]');
  if (up) up.value = upvoted ? '0' : '1';
  const count = form.querySelector('[data-upvotes]');
  if (count && typeof upvotes === 'number') count.textContent = String(upvotes);
}

export function applyReaderState(root: HTMLElement, state: ReaderState | null, own: Set<number>): void {
  if (!state?.reader) return;
  for (const id of state.ownComments ?? []) {
    own.add(id);
    const article = articleOf(root, id);
    if (article) markOwn(article);
  }
  const upvoted = new Set(state.commentsUpvoted ?? []);
  for (const article of root.querySelectorAll<HTMLElement>('article[data-comment-id]')) {
    const id = idOf(article);
    markVote(article, upvoted.has(id), state.commentUpvotes?.[id]);
  }
}

// --- comments from their own page ------------------------------------------------------------

/** The comment as /comments/<id> renders it for this reader, or null when it is gone. */
export async function fetchComment(id: number): Promise<{ article: HTMLElement | null; page: Document } | null> {
  try {
    const response = await fetch(`/comments/${id}`, { credentials: 'same-origin', cache: 'no-store' });
    if (response.status === 404) return { article: null, page: document.implementation.createHTMLDocument('') };
    if (!response.ok) return null;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    return { article: page.querySelector<HTMLElement>(`[data-comment-focus] > article[data-comment-id="${id}"]`), page };
  } catch {
    return null;
  }
}

export function adopt(root: HTMLElement, article: HTMLElement, own: Set<number>): HTMLElement {
  const node = document.importNode(article, true);
  showRelativeTimes(node);
  if (own.has(idOf(node))) markOwn(node);
  return node;
}

export async function insertComment(root: HTMLElement, id: number, parentId: number | null, own: Set<number>): Promise<void> {
  const existing = articleOf(root, id);
  if (existing) return focusComment(existing);
  const fetched = await fetchComment(id);
  if (!fetched?.article) {
    // Could not fetch it: the page itself shows it (this instance dropped its cached copy).
    location.hash = `comment-${id}`;
    location.reload();
    return;
  }
  const item = document.createElement('li');
  item.append(adopt(root, fetched.article, own));
  if (parentId === null) {
    root.querySelector('[data-comment-list]')?.append(item);
  } else {
    const parentItem = articleOf(root, parentId)?.closest('li');
    let replies = parentItem?.querySelector<HTMLOListElement>(':scope > ol[data-replies]');
    if (parentItem && !replies) {
      replies = document.createElement('ol');
      replies.dataset.replies = '';
      replies.className = REPLY_LIST;
      parentItem.append(replies);
    }
    (replies ?? root.querySelector('[data-comment-list]'))?.append(item);
  }
  root.querySelector('[data-comment-empty]')?.remove();
  focusComment(item.querySelector('article')!);
}

export function focusComment(article: HTMLElement): void {
  article.tabIndex = -1;
  article.scrollIntoView({ block: 'nearest' });
  article.focus({ preventScroll: true });
}

export async function refreshComment(root: HTMLElement, id: number, own: Set<number>): Promise<void> {
  const current = articleOf(root, id);
  const fetched = await fetchComment(id);
  if (!current || !fetched) return;
  if (!fetched.article) {
    removeComment(current);
    return;
  }
  const fresh = adopt(root, fetched.article, own);
  current.replaceWith(fresh);
  focusComment(fresh);
}

export function removeComment(article: HTMLElement): void {
  const item = article.closest('li');
  const list = item?.parentElement;
  item?.remove();
  if (list?.matches('ol[data-replies]') && list.children.length === 0) list.remove();
}
