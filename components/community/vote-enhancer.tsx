'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useEffect } from 'react';
import { forgetReaderState, hasReaderHint, loadReaderState, type ReaderState } from './reader-state-client';

/**
 * The one script behind every upvote button (components/community/upvote-button.tsx), mounted
 * once in the root layout: no card is hydrated, one listener on the document handles every
 * vote form. On each page it asks /api/me (only when signed in on this browser) which of the
 * page's papers the reader upvoted, marks those (aria-pressed, the form then withdraws) and
 * shows the fresh counts; a press is sent with fetch and answered in place. Signed out, a
 * press goes to sign-in and back to this page.
 */
const FORMS = 'form.vote[data-paper-id]';

function formsOf(paperId: string): HTMLFormElement[] {
  return [...document.querySelectorAll<HTMLFormElement>(FORMS)].filter((form) => form.dataset.paperId === paperId);
}

/** Shows a paper's count and whether this reader upvoted it, on every form of that paper. */
function show(paperId: string, upvoted: boolean | null, count: number | null): void {
  for (const form of formsOf(paperId)) {
    const button = form.querySelector('button');
    const up = form.querySelector<HTMLInputElement>('input[name="up"]');
    // The text node itself, so React's own node stays the one on screen.
    const text = form.querySelector('[data-count]')?.firstChild;
    if (count !== null && text) text.nodeValue = String(count);
    if (upvoted !== null && button && up) {
      button.setAttribute('aria-pressed', String(upvoted));
      up.value = upvoted ? '0' : '1';
    }
  }
}

function applyState(state: ReaderState | null): void {
  if (!state?.reader) return;
  const upvoted = new Set((state.upvoted ?? []).map(String));
  const counts = state.upvotes ?? {};
  const seen = new Set<string>();
  for (const form of document.querySelectorAll<HTMLFormElement>(FORMS)) {
    const id = form.dataset.paperId ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    show(id, upvoted.has(id), typeof counts[id] === 'number' ? counts[id] : null);
  }
}

function signInHref(form: HTMLFormElement): string {
  const back = new FormData(form).get('back');
  const next = typeof back === 'string' && back.startsWith('/') ? back : `${location.pathname}${location.search}`;
  return `/signin?next=${encodeURIComponent(next)}`;
}

async function vote(form: HTMLFormElement): Promise<void> {
  const button = form.querySelector('button');
  if (button?.disabled) return;
  button?.setAttribute('disabled', '');
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])),
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    const answer = (await response.json().catch(() => null)) as { upvoted?: boolean; upvotes?: number; signIn?: string } | null;
    if (response.status === 401) {
      location.assign(answer?.signIn ?? signInHref(form));
      return;
    }
    if (!response.ok || typeof answer?.upvotes !== 'number') {
      // Refused (too many votes, a suspended account): the plain form shows why.
      form.submit();
      return;
    }
    show(form.dataset.paperId ?? '', answer.upvoted === true, answer.upvotes);
    forgetReaderState();
  } catch {
    form.submit();
  } finally {
    button?.removeAttribute('disabled');
  }
}

function Enhancer() {
  const pathname = usePathname();
  const search = useSearchParams().toString();

  useEffect(() => {
    let current = true;
    void loadReaderState().then((state) => {
      if (current) applyState(state);
    });
    return () => {
      current = false;
    };
  }, [pathname, search]);

  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.matches(FORMS)) return;
      event.preventDefault();
      if (!hasReaderHint()) {
        location.assign(signInHref(form));
        return;
      }
      void vote(form);
    };
    document.addEventListener('submit', onSubmit);
    return () => document.removeEventListener('submit', onSubmit);
  }, []);

  return null;
}

/** useSearchParams needs a Suspense boundary on cached pages; it renders nothing either way. */
export function VoteEnhancer() {
  return (
    <Suspense fallback={null}>
      <Enhancer />
    </Suspense>
  );
}
