import type { Metadata } from 'next';
import { FormMessage } from '@/components/accounts/form-message';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { Button } from '@/components/ui/button';
import { FIELD } from '@/components/search/field-styles';
import { safeNextPath } from '@/lib/accounts/paths';
import { firstParam } from '@/lib/http/search-param';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(firstParam(params.next, 600));
  const sent = firstParam(params.notice) === 'sent';
  return (
    <NoticeCard title={sent ? 'Check your inbox' : 'Sign in'}>
      {sent ? (
        <p>If the address can receive mail, a sign-in link is on its way. It works once, for 15 minutes.</p>
      ) : (
        <p>No password: we email you a link that signs you in. New here? The same link makes your account.</p>
      )}
      <FormMessage error={firstParam(params.error)} />
      <form method="post" action="/signin/send" className="space-y-3">
        <input type="hidden" name="next" value={next} />
        <label htmlFor="signin-email" className="block text-sm font-medium">Email address</label>
        <input id="signin-email" name="email" type="email" autoComplete="email webauthn" required maxLength={254} className={`${FIELD} w-full`} />
        <Button type="submit">{sent ? 'Send another link' : 'Email me a sign-in link'}</Button>
      </form>
    </NoticeCard>
  );
}
