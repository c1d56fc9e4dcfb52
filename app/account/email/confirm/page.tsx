import type { Metadata } from 'next';
import Link from 'next/link';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { Button } from '@/components/ui/button';
import { peekEmailChange } from '@/lib/accounts/email-change';
import { firstParam } from '@/lib/http/search-param';

export const metadata: Metadata = { title: 'Confirm your new address', robots: { index: false, follow: false }, referrer: 'same-origin' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const OUTCOMES: Record<string, { title: string; text: string }> = {
  changed: { title: 'Your address is changed', text: 'Your account now uses this address: sign-in links go to it from now on. Your old address was told of the change.' },
  expired: { title: 'This link has expired', text: 'Confirmation links work for 60 minutes. Ask again from your account page.' },
  unknown: { title: 'This link does not work', text: 'It was used already (each link works once), replaced by a newer one, or copied incompletely. Ask again from your account page.' },
  taken: { title: 'That address is taken', text: 'Another account uses this address now, so yours was not changed.' },
  suspended: { title: 'Not changed', text: 'This account is suspended.' },
  'too-many': { title: 'Not changed', text: 'Too many attempts. Try again later.' },
};

/**
 * The page the link mailed to a new address opens. Opening it changes nothing (mail scanners
 * open links); the button does, with a POST. After the POST it says what happened.
 */
export default async function ConfirmEmailChangePage({ searchParams }: Props) {
  const params = await searchParams;
  const status = firstParam(params.status, 20);
  const outcome = Object.hasOwn(OUTCOMES, status) ? OUTCOMES[status] : undefined;
  if (outcome) {
    return (
      <NoticeCard title={outcome.title}>
        <p role="status">{outcome.text}</p>
        <p>
          <Link href="/account" className="font-medium text-amber-800 underline dark:text-amber-300">
            Your account
          </Link>
        </p>
      </NoticeCard>
    );
  }
  const token = firstParam(params.token, 100);
  const link = await peekEmailChange(token);
  if (link.state !== 'usable') {
    const shown = OUTCOMES[link.state === 'expired' ? 'expired' : 'unknown'];
    return (
      <NoticeCard title={shown?.title ?? 'This link does not work'}>
        <p role="status">{shown?.text}</p>
      </NoticeCard>
    );
  }
  return (
    <NoticeCard title="Confirm your new address">
      <p>
        Use <strong className="break-all">{link.email}</strong> for your Daily Papers account? Sign-in links will go to it from now on.
      </p>
      <form method="post" action="/account/email/verify">
        <input type="hidden" name="token" value={token} />
        <Button type="submit">Use this address</Button>
      </form>
    </NoticeCard>
  );
}
