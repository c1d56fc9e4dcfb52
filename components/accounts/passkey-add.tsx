'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { usePasskeySupport } from './passkey-support';

/** "Add a passkey": the browser's WebAuthn prompt, then the page reloads to list it. */
export function PasskeyAdd() {
  const supported = usePasskeySupport();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  if (supported === null) return <p className="text-sm text-neutral-600 dark:text-neutral-400">Adding a passkey needs JavaScript.</p>;
  if (!supported) return <p className="text-sm text-neutral-600 dark:text-neutral-400">This browser cannot make passkeys for this site.</p>;

  async function add() {
    setPending(true);
    setMessage('');
    try {
      const { authClient, passkeyErrorMessage } = await import('./auth-client');
      const result = await authClient.passkey.addPasskey({ name: defaultName() });
      if (result?.error) {
        setMessage(passkeyErrorMessage(result.error, 'add'));
        return;
      }
      // A fresh render of the (dynamic) account page lists it, with the notice.
      router.replace('/account?notice=Passkey+added.+Next+time%2C+sign+in+with+it.');
      router.refresh();
    } catch {
      setMessage('The passkey could not be added. Try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <div>
      <Button onClick={add} disabled={pending}>
        {pending ? 'Waiting for your device…' : 'Add a passkey'}
      </Button>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-red-700 empty:mt-0 dark:text-red-300">
        {message}
      </p>
    </div>
  );
}

/** "Chrome on Linux": readers can rename it. */
function defaultName(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser';
  const system = /iPhone|iPad/.test(ua) ? 'iOS' : /Android/.test(ua) ? 'Android' : /Mac OS X/.test(ua) ? 'macOS' : /Windows/.test(ua) ? 'Windows' : /Linux/.test(ua) ? 'Linux' : '';
  return system ? `${browser} on ${system}` : browser;
}
