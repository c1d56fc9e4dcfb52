'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { confirmAction, type ConfirmState } from '@/lib/subscribers/actions';

const INITIAL: ConfirmState = { status: 'idle', message: null, fieldErrors: {}, values: {} };

/**
 * The confirm button. Confirming takes a POST, so mail scanners that open every link
 * cannot subscribe anyone.
 */
export function ConfirmForm({ token, permalink }: { token: string; permalink: string }) {
  const [state, formAction, pending] = useActionState(confirmAction, INITIAL, permalink);
  if (state.status === 'success') {
    return (
      <div role="status" aria-live="polite" className="space-y-3">
        <p className="font-medium text-emerald-800 dark:text-emerald-300">{state.message}</p>
        {state.manageToken && (
          <p>
            <Link href={`/preferences?token=${encodeURIComponent(state.manageToken)}`} className="font-medium text-amber-800 underline dark:text-amber-300">
              Choose a daily or weekly digest
            </Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Confirming…' : 'Confirm my subscription'}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
        {state.message}
      </p>
    </form>
  );
}
