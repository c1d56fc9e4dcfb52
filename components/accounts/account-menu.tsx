'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadReaderState, type ReaderState } from '@/components/community/reader-state-client';

const LINK = 'rounded px-1.5 py-1 text-sm font-medium text-neutral-800 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-amber-600 dark:text-neutral-200';

const noSubscription = () => () => {};
const currentPath = () => `${location.pathname}${location.search}`;

/** `/signin?next=<path>`; the sign-in pages themselves never come back to a sign-in page. */
function signInHref(here: string | null): string {
  if (!here || here === '/' || here.startsWith('/signin') || here.startsWith('/welcome')) return '/signin';
  return `/signin?next=${encodeURIComponent(here)}`;
}

/**
 * The header's account slot. Pages are cached, the same bytes for everyone, so the HTML always
 * says "Sign in"; on a browser where someone signed in (the `dp_reader` hint cookie), the
 * page's one /api/me request tells this who, and it shows their name, "Sign out" and, for
 * moderators, "Moderation". Nothing else: it sits on every page.
 */
export function AccountMenu() {
  const [reader, setReader] = useState<ReaderState['reader']>(null);
  const here = useSyncExternalStore(noSubscription, currentPath, () => null);
  useEffect(() => {
    let live = true;
    void loadReaderState().then((state) => {
      if (live && state?.reader) setReader(state.reader);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!reader) {
    return (
      <a
        href={signInHref(here)}
        // The page may have changed its query since render (a search, a filter).
        onClick={(event) => {
          event.currentTarget.href = signInHref(currentPath());
        }}
        className={LINK}
      >
        Sign in
      </a>
    );
  }
  const back = here && !here.startsWith('/account') && !here.startsWith('/welcome') ? here : '/';
  return (
    <div className="flex items-center gap-1">
      {reader.role === 'moderator' ? (
        <a href="/moderation" className={LINK}>
          Moderation
        </a>
      ) : null}
      <a href="/for-you" className={LINK}>
        For you
      </a>
      <a href="/saved" className={LINK}>
        Saved
      </a>
      <a href={reader.username ? '/account' : '/welcome'} className={LINK} aria-label={reader.username ? `Your account (${reader.username})` : undefined}>
        {reader.username ?? 'Choose a username'}
      </a>
      <form method="post" action="/signout">
        <input type="hidden" name="back" value={back} />
        <button type="submit" className={`${LINK} cursor-pointer`}>
          Sign out
        </button>
      </form>
    </div>
  );
}
