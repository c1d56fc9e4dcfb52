'use client';

import { createFormEnhancer } from '@/components/forms/create-form-enhancer';

/**
 * The one script behind every Save button (components/library/save-button.tsx): it marks the
 * papers this reader saved (from /api/me) and saves in place.
 */
const FORMS = 'form.save[data-paper-id]';

function show(paperId: string, saved: boolean): void {
  for (const form of document.querySelectorAll<HTMLFormElement>(FORMS)) {
    if (form.dataset.paperId !== paperId) continue;
    form.querySelector('button')?.setAttribute('aria-pressed', String(saved));
    const field = form.querySelector<HTMLInputElement>('input[name="saved"]');
    if (field) field.value = saved ? '0' : '1';
  }
}

export const SaveEnhancer = createFormEnhancer<{ saved: boolean }>({
  forms: FORMS,
  applyState(state, forms) {
    const saved = new Set((state.saved ?? []).map(String));
    for (const form of forms) {
      // Pages rendered per reader already say (aria-pressed in their HTML).
      if (form.querySelector('button')?.hasAttribute('aria-pressed')) continue;
      const id = form.dataset.paperId ?? '';
      show(id, saved.has(id));
    }
  },
  accepts: (answer): answer is { saved: boolean } => typeof (answer as { saved?: unknown } | null)?.saved === 'boolean',
  show: (form, answer) => show(form.dataset.paperId ?? '', answer.saved),
});
