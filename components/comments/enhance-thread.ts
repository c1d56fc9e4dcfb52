import { forgetReaderState, loadReaderState, type ReaderState } from '@/components/community/reader-state-client';
import { relativeCommentTime } from '@/lib/comments/time';
import { REPLY_LIST } from './styles';

/**
 * What the thread's script does to the server-rendered thread (comment-enhancer.tsx). Every
 * form it handles is a real form that works without it; it sends the same fields with
 * `Accept: application/json` and then shows the result in place. New or changed comments are
 * taken from their own page, /comments/<id> (rendered per request, so fresh on any instance),
 * so the markup is the server's, never built here.
 */

interface Answer {
  ok: boolean;
  error?: string;
  signIn?: string;
  welcome?: string;
  id?: number;
  parentId?: number | null;
  numComments?: number;
  placeholder?: boolean;
  upvoted?: boolean;
  upvotes?: number;
  notice?: string;
}

const DRAFT_KEY = () => `dp-comment-draft:${location.pathname}`;

export function enhanceThread(root: HTMLElement): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const own = new Set<number>();
  showRelativeTimes(root);
  restoreDraft(root);
  void loadReaderState().then((state) => {
    if (!signal.aborted) applyReaderState(root, state, own);
  });
  root.addEventListener('submit', (event) => void onSubmit(root, event, own), { signal });
  root.addEventListener('click', (event) => void onClick(root, event, own), { signal });
  root.addEventListener(
    'input',
    (event) => {
      const field = event.target;
      if (field instanceof HTMLTextAreaElement && field.closest('form') === mainForm(root)) sessionStorage.setItem(DRAFT_KEY(), field.value);
    },
    { signal },
  );
  return () => controller.abort();
}

// --- reading the page ------------------------------------------------------------------------

const mainForm = (root: HTMLElement) => root.querySelector<HTMLFormElement>('form[data-comment-form="post"]:not([data-inline])');
const articleOf = (root: ParentNode, id: number) => root.querySelector<HTMLElement>(`article[data-comment-id="${id}"]`);
const idOf = (element: Element | null) => Number(element?.closest('article[data-comment-id]')?.getAttribute('data-comment-id') ?? NaN);

function showRelativeTimes(scope: ParentNode): void {
  const now = new Date();
  for (const time of scope.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
    const at = new Date(time.dateTime);
    if (!Number.isNaN(at.getTime())) time.textContent = relativeCommentTime(at, now);
  }
}

function announce(root: HTMLElement, message: string): void {
  const status = root.querySelector('[data-comment-status]');
  if (status) status.textContent = message;
}

function setCount(root: HTMLElement, count: number | undefined): void {
  const element = root.querySelector('[data-comment-count]');
  if (element && typeof count === 'number' && count >= 0) element.textContent = String(count);
}

// --- the reader's own state ------------------------------------------------------------------

function markOwn(article: HTMLElement): void {
  for (const button of article.querySelectorAll<HTMLElement>('[data-action="edit"], [data-action="delete"]')) button.hidden = false;
  // Its count stays in view; one's own comment cannot be upvoted.
  const vote = article.querySelector<HTMLButtonElement>('form[data-comment-form="vote"] button');
  if (vote) vote.disabled = true;
  article.querySelector<HTMLElement>('[data-action="report"]')?.remove();
}

function markVote(article: HTMLElement, upvoted: boolean, upvotes?: number): void {
  const form = article.querySelector<HTMLFormElement>('form[data-comment-form="vote"]');
  if (!form) return;
  form.querySelector('button')?.setAttribute('aria-pressed', String(upvoted));
  const up = form.querySelector<HTMLInputElement>('input[name="up"]');
  if (up) up.value = upvoted ? '0' : '1';
  const count = form.querySelector('[data-upvotes]');
  if (count && typeof upvotes === 'number') count.textContent = String(upvotes);
}

function applyReaderState(root: HTMLElement, state: ReaderState | null, own: Set<number>): void {
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

// --- sending forms ---------------------------------------------------------------------------

async function send(url: string, fields: URLSearchParams): Promise<Answer> {
  try {
    const response = await fetch(url, { method: 'POST', body: fields, credentials: 'same-origin', headers: { accept: 'application/json' } });
    const answer = (await response.json().catch(() => null)) as Answer | null;
    return answer ?? { ok: false, error: `The server answered ${response.status}. Try again.` };
  } catch {
    return { ok: false, error: 'The comment could not be sent: check your connection and try again.' };
  }
}

function fieldsOf(form: HTMLFormElement): URLSearchParams {
  const fields = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields.append(name, value);
  return fields;
}

/** Signed out: to sign-in and back (the draft is kept); no username yet: to choose one. */
function followRefusal(answer: Answer): boolean {
  const target = answer.signIn ?? answer.welcome;
  if (!target) return false;
  location.assign(target);
  return true;
}

function showMessage(form: HTMLFormElement, message: string): void {
  const element = form.querySelector('[data-form-message]');
  if (element) element.textContent = message;
}

async function onSubmit(root: HTMLElement, event: SubmitEvent, own: Set<number>): Promise<void> {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.commentForm) return;
  event.preventDefault();
  const kind = form.dataset.commentForm;
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')];
  if (buttons.some((button) => button.disabled)) return;
  buttons.forEach((button) => (button.disabled = true));
  showMessage(form, '');
  try {
    const answer = await send(form.action, fieldsOf(form));
    if (!answer.ok) {
      if (!followRefusal(answer)) showMessage(form, answer.error ?? 'That did not work. Try again.');
      return;
    }
    forgetReaderState();
    if (kind === 'vote') {
      const article = form.closest<HTMLElement>('article[data-comment-id]');
      if (article) markVote(article, answer.upvoted ?? false, answer.upvotes);
      announce(root, answer.notice ?? '');
    } else if (kind === 'post' && answer.id) {
      own.add(answer.id);
      await insertComment(root, answer.id, answer.parentId ?? null, own);
      setCount(root, answer.numComments);
      if (form === mainForm(root)) {
        form.reset();
        sessionStorage.removeItem(DRAFT_KEY());
      } else {
        form.remove();
      }
      announce(root, answer.notice ?? 'Comment posted.');
    } else if (kind === 'edit') {
      const id = Number(form.dataset.commentId);
      await refreshComment(root, id, own);
      announce(root, answer.notice ?? 'Comment saved.');
    }
  } finally {
    buttons.forEach((button) => (button.disabled = false));
  }
}

// --- comments from their own page ------------------------------------------------------------

/** The comment as /comments/<id> renders it for this reader, or null when it is gone. */
async function fetchComment(id: number): Promise<{ article: HTMLElement | null; page: Document } | null> {
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

function adopt(root: HTMLElement, article: HTMLElement, own: Set<number>): HTMLElement {
  const node = document.importNode(article, true);
  showRelativeTimes(node);
  if (own.has(idOf(node))) markOwn(node);
  return node;
}

async function insertComment(root: HTMLElement, id: number, parentId: number | null, own: Set<number>): Promise<void> {
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

function focusComment(article: HTMLElement): void {
  article.tabIndex = -1;
  article.scrollIntoView({ block: 'nearest' });
  article.focus({ preventScroll: true });
}

async function refreshComment(root: HTMLElement, id: number, own: Set<number>): Promise<void> {
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

function removeComment(article: HTMLElement): void {
  const item = article.closest('li');
  const list = item?.parentElement;
  item?.remove();
  if (list?.matches('ol[data-replies]') && list.children.length === 0) list.remove();
}

// --- buttons and links -----------------------------------------------------------------------

async function onClick(root: HTMLElement, event: MouseEvent, own: Set<number>): Promise<void> {
  const target = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
  if (!target || !root.contains(target) || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const action = target.dataset.action;
  if (action === 'reply') {
    event.preventDefault();
    openReply(root, target);
  } else if (action === 'edit') {
    event.preventDefault();
    await openEdit(root, idOf(target), own);
  } else if (action === 'delete') {
    event.preventDefault();
    await deleteOwn(root, idOf(target));
  } else if (action === 'cancel') {
    event.preventDefault();
    closeInline(target.closest('form'));
  }
}

function cancelButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = 'cancel';
  button.textContent = 'Cancel';
  button.className = 'rounded-lg px-3 py-2 text-sm font-semibold text-neutral-700 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800';
  return button;
}

function closeInline(form: HTMLFormElement | null): void {
  if (!form?.dataset.inline) return;
  const article = form.closest('article');
  const body = article?.querySelector<HTMLElement>('[data-comment-body]');
  if (body) body.hidden = false;
  form.remove();
}

/** A reply form under the top-level comment: the page's own comment form, cloned. */
function openReply(root: HTMLElement, link: HTMLElement): void {
  const topId = Number(link.dataset.replyTo);
  const item = articleOf(root, topId)?.closest('li');
  const template = mainForm(root);
  if (!item || !template || !Number.isInteger(topId)) return;
  const open = item.querySelector<HTMLFormElement>(':scope > form[data-inline="reply"]');
  if (open) {
    open.querySelector('textarea')?.focus();
    return;
  }
  const form = template.cloneNode(true) as HTMLFormElement;
  form.dataset.inline = 'reply';
  form.classList.add('mt-3', 'pl-4', 'sm:pl-6');
  const parent = document.createElement('input');
  parent.type = 'hidden';
  parent.name = 'parent';
  parent.value = String(topId);
  form.prepend(parent);
  const prefix = `reply-${topId}`;
  const textarea = form.querySelector('textarea')!;
  textarea.value = '';
  textarea.id = `${prefix}-body`;
  textarea.setAttribute('aria-describedby', `${prefix}-help`);
  form.querySelector('[id$="-help"]')?.setAttribute('id', `${prefix}-help`);
  const label = form.querySelector<HTMLLabelElement>('[data-form-label]')!;
  label.htmlFor = textarea.id;
  label.textContent = link.dataset.author ? `Reply to ${link.dataset.author}` : 'Reply';
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (submit) submit.textContent = 'Post reply';
  form.querySelector('[data-form-buttons]')?.append(cancelButton());
  showMessage(form, '');
  item.querySelector(':scope > article')!.after(form);
  textarea.focus();
}

/** The edit form of /comments/<id> (it holds the Markdown source), shown in place of the text. */
async function openEdit(root: HTMLElement, id: number, own: Set<number>): Promise<void> {
  const article = articleOf(root, id);
  if (!article || article.querySelector('form[data-inline="edit"]')) return;
  const fetched = await fetchComment(id);
  const source = fetched?.page.querySelector<HTMLFormElement>('form[data-comment-form="edit"]');
  if (!source) {
    announce(root, 'This comment cannot be edited here; open its page to edit it.');
    return;
  }
  const form = document.importNode(source, true);
  form.dataset.inline = 'edit';
  form.dataset.commentId = String(id);
  form.classList.add('mt-2');
  const back = form.querySelector<HTMLInputElement>('input[name="back"]');
  if (back) back.value = location.pathname;
  form.querySelector('[data-form-buttons]')?.append(cancelButton());
  const body = article.querySelector<HTMLElement>('[data-comment-body]');
  if (body) body.hidden = true;
  (body ?? article.querySelector('header'))?.after(form);
  form.querySelector('textarea')?.focus();
  own.add(id);
}

async function deleteOwn(root: HTMLElement, id: number): Promise<void> {
  const article = articleOf(root, id);
  if (!article || !window.confirm('Delete this comment? This cannot be undone.')) return;
  const answer = await send(`/comments/${id}/delete`, new URLSearchParams({ back: location.pathname }));
  if (!answer.ok) {
    if (!followRefusal(answer)) announce(root, answer.error ?? 'The comment could not be deleted.');
    return;
  }
  forgetReaderState();
  setCount(root, answer.numComments);
  if (answer.placeholder) {
    const placeholder = document.createElement('p');
    placeholder.className = 'text-sm text-neutral-600 italic dark:text-neutral-400';
    placeholder.textContent = 'comment deleted';
    article.replaceChildren(placeholder);
  } else {
    removeComment(article);
  }
  announce(root, 'Comment deleted.');
}

function restoreDraft(root: HTMLElement): void {
  const draft = sessionStorage.getItem(DRAFT_KEY());
  const textarea = mainForm(root)?.querySelector('textarea');
  if (draft && textarea && !textarea.value) textarea.value = draft;
}
