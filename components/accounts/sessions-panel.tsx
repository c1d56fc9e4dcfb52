import { Button } from '@/components/ui/button';
import type { SessionSummary } from '@/lib/accounts/sessions';
import { AccountSection } from './account-section';
import { MUTED, ROW } from './account-styles';
import { When } from './when';

/** The reader's signed-in browsers, each with "Sign out" (a plain form), this one first. */
export function SessionsPanel({ sessions }: { sessions: SessionSummary[] }) {
  const others = sessions.filter((session) => !session.current).length;
  return (
    <AccountSection id="sessions" title="Where you are signed in">
      <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {sessions.map((session) => (
          <li key={session.id} className={ROW}>
            <div className="min-w-0">
              <p className="font-medium text-neutral-900 dark:text-neutral-100">
                {session.browser}
                {session.current ? <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">This browser</span> : null}
              </p>
              <p className={MUTED}>
                Signed in <When at={session.createdAt} /> · last active <When at={session.lastActiveAt} />
                {session.ipAddress ? ` · from ${session.ipAddress}` : ''}
              </p>
            </div>
            {session.current ? null : (
              <form method="post" action="/account/sessions/end">
                <input type="hidden" name="session" value={session.id} />
                <Button type="submit" variant="secondary" aria-label={`Sign out ${session.browser}, signed in ${session.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`}>
                  Sign out
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <form method="post" action="/account/sessions/end-others">
          <Button type="submit" variant="secondary">
            Sign out everywhere else
          </Button>
        </form>
      ) : (
        <p className={MUTED}>You are signed in on this browser only.</p>
      )}
    </AccountSection>
  );
}
