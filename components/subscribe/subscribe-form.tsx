'use client';

import { useActionState, useId } from 'react';
import { idleState } from '@/lib/forms/action-state';
import { subscribeAction, type SubscribeState } from '@/lib/subscribers/actions';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils/cn';

/**
 * The header's "Get trending papers in your email inbox!" form. A real <form> posting to a
 * server action, so it works before (or without) JavaScript; with it, the answer appears in
 * place and the button shows that it is working.
 */
export function SubscribeForm({ permalink }: { permalink: string }) {
  // The permalink becomes the form's action attribute: without it React renders action="",
  // which HTML forbids, and a no-JavaScript submission must come back to this very page.
  const [state, formAction, pending] = useActionState<SubscribeState, FormData>(subscribeAction, idleState(), permalink);
  const id = useId();
  const emailId = `${id}-email`;
  const messageId = `${id}-message`;
  const emailError = state.fieldErrors.email?.[0];

  return (
    <form action={formAction} className="w-full sm:w-auto" noValidate aria-describedby={messageId}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor={emailId} className="sr-only">
          Email address
        </label>
        <input
          id={emailId}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          maxLength={254}
          placeholder="you@example.com"
          defaultValue={state.values.email ?? ''}
          key={state.status === 'success' ? 'cleared' : state.values.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? messageId : undefined}
          className={cn(
            'w-full rounded-lg border bg-white px-3 py-2 text-sm text-neutral-900 placeholder:text-neutral-500 sm:w-64 dark:bg-neutral-900 dark:text-neutral-100 dark:placeholder:text-neutral-400',
            'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-600',
            emailError ? 'border-red-600 dark:border-red-400' : 'border-neutral-300 dark:border-neutral-700',
          )}
        />
        {/* Honeypot: off-screen and out of the tab order for people; bots fill every field. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor={`${id}-website`}>Leave this field empty</label>
          <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? 'Subscribing…' : 'Subscribe'}
        </Button>
      </div>
      <p
        id={messageId}
        role="status"
        aria-live="polite"
        className={cn(
          'mt-2 min-h-5 text-sm',
          state.status === 'error' ? 'text-red-700 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300',
        )}
      >
        {state.message}
      </p>
    </form>
  );
}
