import type { Metadata } from 'next';
import { FormMessage } from '@/components/accounts/form-message';
import { PasskeySignIn } from '@/components/accounts/passkey-sign-in';
import { SignInForm } from '@/components/accounts/sign-in-form';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { safeNextPath } from '@/lib/accounts/paths';
import { firstParam } from '@/lib/http/search-param';

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Sign in to Daily Papers with a link sent to your email, or a passkey, to upvote, submit and discuss papers.',
  alternates: { canonical: '/signin' },
};
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(firstParam(params.next, 600));
  const sent = firstParam(params.notice) === 'sent';
  return (
    <NoticeCard title={sent ? 'Check your inbox' : 'Sign in'}>
      {sent ? (
        <p role="status">
          If that address can receive mail, a sign-in link is on its way. It works once, for 15 minutes. Nothing came? Check the spam folder, or send another.
        </p>
      ) : (
        <p>No password: we email you a link that signs you in. New here? The same link makes your account.</p>
      )}
      <FormMessage error={firstParam(params.error)} />
      <SignInForm next={next} again={sent} />
      <div className="border-t border-neutral-200 pt-4 dark:border-neutral-800">
        <PasskeySignIn next={next} />
      </div>
    </NoticeCard>
  );
}
