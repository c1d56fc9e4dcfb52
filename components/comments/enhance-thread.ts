import { forgetReaderState, loadReaderState } from '@/components/community/reader-state-client';
import { announce, applyReaderState, articleOf, fetchComment, idOf, insertComment, mainForm, markVote, refreshComment, removeComment, setCount, showRelativeTimes } from './thread-dom';

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
