'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, type ComponentType } from 'react';
import { forgetReaderState, hasReaderHint, loadReaderState, type ReaderState } from '@/components/community/reader-state-client';

/**
 * What one kind of button form (vote, save, follow) needs from the script that takes it over.
 * The forms work on their own (POST, then a 303 back); the script only answers in place.
 */
export interface FormEnhancement<Answer> {
  /** The forms this script handles, e.g. `form.vote[data-paper-id]`. */
  forms: string;
  /** Marks this reader's own state (from the page's one /api/me request) on the page's forms. */
  applyState: (state: ReaderState, forms: HTMLFormElement[]) => void;
  /** A JSON answer that can be shown in place; anything else is left to the plain form. */
  accepts: (answer: unknown) => answer is Answer;
  /** Shows an accepted answer on the page. */
  show: (form: HTMLFormElement, answer: Answer) => void;
}

/** Sign-in, then back to the form's `back` field (the card it sits on) or this page. */
function signInHref(form: HTMLFormElement): string {
  const back = new FormData(form).get('back');
  const next = typeof back === 'string' && back.startsWith('/') ? back : `${location.pathname}${location.search}`;
  return `/signin?next=${encodeURIComponent(next)}`;
}

async function postInPlace<Answer>(form: HTMLFormElement, enhancement: FormEnhancement<Answer>): Promise<void> {
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
    const answer: unknown = await response.json().catch(() => null);
    if (response.status === 401) {
      const signIn = (answer as { signIn?: unknown } | null)?.signIn;
      location.assign(typeof signIn === 'string' && signIn.startsWith('/') ? signIn : signInHref(form));
      return;
    }
    if (!response.ok || !enhancement.accepts(answer)) {
      // Refused (rate limited, suspended, a bad value): the plain form's answer says why.
      form.submit();
      return;
    }
    enhancement.show(form, answer);
    forgetReaderState();
  } catch {
    form.submit();
  } finally {
    button?.removeAttribute('disabled');
  }
}

/**
 * One script for every form of a kind, mounted once in the root layout: no card is hydrated,
 * a single submit listener on the document takes the matching forms. Signed out (no reader hint
 * on this browser), a press goes to sign-in and back.
 */
export function createFormEnhancer<Answer>(enhancement: FormEnhancement<Answer>): ComponentType {
  function Enhancer() {
    const pathname = usePathname();
    const search = useSearchParams().toString();

    useEffect(() => {
      let current = true;
      void loadReaderState().then((state) => {
        if (current && state?.reader) enhancement.applyState(state, [...document.querySelectorAll<HTMLFormElement>(enhancement.forms)]);
      });
      return () => {
        current = false;
      };
    }, [pathname, search]);

    useEffect(() => {
      const onSubmit = (event: SubmitEvent) => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.matches(enhancement.forms)) return;
        event.preventDefault();
        if (!hasReaderHint()) location.assign(signInHref(form));
        else void postInPlace(form, enhancement);
      };
      document.addEventListener('submit', onSubmit);
      return () => document.removeEventListener('submit', onSubmit);
    }, []);

    return null;
  }

  // useSearchParams needs a Suspense boundary on cached pages; it renders nothing either way.
  return function FormEnhancer() {
    return (
      <Suspense fallback={null}>
        <Enhancer />
      </Suspense>
    );
  };
}
