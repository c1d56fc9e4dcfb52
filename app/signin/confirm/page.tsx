import type { Metadata } from 'next';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { Button } from '@/components/ui/button';
import { safeNextPath } from '@/lib/accounts/paths';
import { firstParam } from '@/lib/http/search-param';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false, follow: false }, referrer: 'same-origin' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The page a sign-in link opens. Opening it signs nobody in (mail scanners open links); the
 * button does, with a POST.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = firstParam(params.token, 200);
  const next = safeNextPath(firstParam(params.next, 600));
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
