'use client';

import { createFormEnhancer } from '@/components/forms/create-form-enhancer';

/**
 * The one script behind every upvote button (components/community/upvote-button.tsx): it marks
 * the page's papers this reader upvoted (aria-pressed; the form then withdraws) and shows the
 * fresh counts from /api/me; a press is answered in place.
 */
const FORMS = 'form.vote[data-paper-id]';

/** Shows a paper's count and whether this reader upvoted it, on every form of that paper. */
function show(paperId: string, upvoted: boolean | null, count: number | null): void {
  for (const form of document.querySelectorAll<HTMLFormElement>(FORMS)) {
    if (form.dataset.paperId !== paperId) continue;
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

export const VoteEnhancer = createFormEnhancer<{ upvoted?: boolean; upvotes: number }>({
  forms: FORMS,
  applyState(state, forms) {
    const upvoted = new Set((state.upvoted ?? []).map(String));
    const counts = state.upvotes ?? {};
    for (const id of new Set(forms.map((form) => form.dataset.paperId ?? ''))) {
      show(id, upvoted.has(id), typeof counts[id] === 'number' ? counts[id] : null);
    }
  },
  accepts: (answer): answer is { upvoted?: boolean; upvotes: number } => typeof (answer as { upvotes?: unknown } | null)?.upvotes === 'number',
  show: (form, answer) => show(form.dataset.paperId ?? '', answer.upvoted === true, answer.upvotes),
});
