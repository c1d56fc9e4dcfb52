'use client';

import { createFormEnhancer } from '@/components/forms/create-form-enhancer';

/**
 * The one script behind every Follow button (components/follows/follow-button.tsx): it marks
 * the follows the reader has (from /api/me) and answers presses in place.
 */
function show(form: HTMLFormElement, following: boolean): void {
  const button = form.querySelector('button');
  const on = form.querySelector<HTMLInputElement>('input[name="on"]');
  const text = form.querySelector('[data-follow-text]')?.firstChild;
  if (!button || !on) return;
  button.setAttribute('aria-pressed', String(following));
  on.value = following ? '0' : '1';
  if (text) text.nodeValue = following ? 'Following' : 'Follow';
}

export const FollowEnhancer = createFormEnhancer<{ following: boolean }>({
  forms: 'form.follow[data-follow]',
  applyState(state, forms) {
    const following = new Set(Array.isArray(state.following) ? state.following.map(String) : []);
    for (const form of forms) show(form, following.has(form.dataset.follow ?? ''));
  },
  accepts: (answer): answer is { following: boolean } => typeof (answer as { following?: unknown } | null)?.following === 'boolean',
  show: (form, answer) => show(form, answer.following),
});
