'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { usePasskeySupport } from './passkey-support';

const NOTE = 'text-sm text-neutral-600 dark:text-neutral-400';

/**
 * "Sign in with a passkey": script only (WebAuthn is a browser API). Without script the page
 * says so; where the browser cannot use passkeys the button is not shown at all.
 */
export function PasskeySignIn({ next }: { next: string }) {
  const supported = usePasskeySupport();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  if (supported === null) return <p className={NOTE}>Signing in with a passkey needs JavaScript.</p>;
  if (!supported) return null;

  async function signIn() {
    setPending(true);
    setMessage('');
    try {
      const { authClient, passkeyErrorMessage } = await import('./auth-client');
      const result = await authClient.signIn.passkey();
      if (result.error) {
        setMessage(passkeyErrorMessage(result.error, 'sign-in'));
        return;
      }
      const user = (result.data as { user?: { username?: string | null } } | null)?.user;
      const welcome = `/welcome${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`;
      location.assign(user?.username ? next : welcome);
    } catch {
      setMessage('Passkey sign-in did not work. Try again, or use an email link.');
    } finally {
      setPending(false);
    }
  }

  return (
    <div>
      <Button variant="secondary" onClick={signIn} disabled={pending}>
        {pending ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
      </Button>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-red-700 empty:mt-0 dark:text-red-300">
        {message}
      </p>
    </div>
  );
}
