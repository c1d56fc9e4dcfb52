'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/**
 * The form's submit button. The lookup on arXiv takes a few seconds: once the form is sent the
 * button says so and cannot be pressed twice. The form itself is a plain POST, with or without
 * this script; going back to the page (bfcache) makes the button usable again.
 */
export function PendingButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const onSubmit = () => setPending(true);
    const onShow = () => setPending(false);
    form.addEventListener('submit', onSubmit);
    window.addEventListener('pageshow', onShow);
    return () => {
      form.removeEventListener('submit', onSubmit);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);
  return (
    <Button ref={ref} type="submit" aria-disabled={pending || undefined} onClick={(event) => pending && event.preventDefault()}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
