'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { updatePreferencesAction, type PreferencesState } from '@/lib/subscribers/actions';
import type { DigestFrequency } from '@/lib/subscribers/schema';
import { cn } from '@/lib/utils/cn';

const CHOICES: { value: DigestFrequency; label: string; hint: string }[] = [
  { value: 'daily', label: 'Daily', hint: 'Every weekday, the day’s trending papers.' },
  { value: 'weekly', label: 'Weekly', hint: 'Once a week, the week’s best papers.' },
];

export function PreferencesForm({ token, frequency, permalink }: { token: string; frequency: DigestFrequency; permalink: string }) {
  const initial: PreferencesState = { status: 'idle', message: null, fieldErrors: {}, values: { frequency } };
  const [state, formAction, pending] = useActionState(updatePreferencesAction, initial, permalink);
  const current = state.values.frequency ?? frequency;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <fieldset>
        <legend className="font-semibold text-neutral-900 dark:text-neutral-100">How often?</legend>
        <div className="mt-2 space-y-2">
          {CHOICES.map((choice) => (
            <label
              key={choice.value}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-neutral-300 p-3 has-[:checked]:border-amber-700 dark:border-neutral-700 dark:has-[:checked]:border-amber-300"
            >
              <input type="radio" name="frequency" value={choice.value} defaultChecked={current === choice.value} className="mt-1 accent-amber-700" />
              <span>
                <span className="block font-medium text-neutral-900 dark:text-neutral-100">{choice.label}</span>
                <span className="block text-sm text-neutral-600 dark:text-neutral-400">{choice.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </Button>
      <p
        role="status"
        aria-live="polite"
        className={cn('min-h-5 text-sm', state.status === 'error' ? 'text-red-700 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300')}
      >
        {state.message}
      </p>
    </form>
  );
}
