import type { Metadata } from 'next';
import { SignInForm } from '@/components/accounts/sign-in-form';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { Button } from '@/components/ui/button';
import { safeNextPath } from '@/lib/accounts/paths';
import { peekSignInLink } from '@/lib/accounts/sign-in';
import { firstParam } from '@/lib/http/search-param';

// Private (next.config.mjs sends `private, no-store`, no cross-site Referer, noindex for /signin/*).
export const metadata: Metadata = { title: 'Sign in', robots: { index: false, follow: false }, referrer: 'same-origin' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The page a sign-in link opens. Opening it signs nobody in (mail scanners open links); the
 * button does, with a POST. A link that can no longer work says so at once.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = firstParam(params.token, 200);
  const next = safeNextPath(firstParam(params.next, 600));
  const state = await peekSignInLink(token);
  if (state !== 'usable') {
    return (
      <NoticeCard title={state === 'expired' ? 'This sign-in link has expired' : 'This sign-in link does not work'}>
        <p role="status">
          {state === 'expired'
            ? 'Sign-in links work for 15 minutes. Ask for a new one:'
            : 'It was used already (each link works once), or it was copied incompletely. Ask for a new one:'}
        </p>
        <SignInForm next={next} />
      </NoticeCard>
    );
  }
  return (
    <NoticeCard title="Sign in to Daily Papers">
      <p>One click to finish signing in on this browser.</p>
      <form method="post" action="/signin/verify">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="next" value={next} />
        <Button type="submit">Sign in</Button>
      </form>
    </NoticeCard>
  );
}
