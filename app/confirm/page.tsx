import type { Metadata } from 'next';
import { ConfirmForm } from '@/components/subscribe/confirm-form';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { Resubscribe } from '@/components/subscribe/resubscribe';
import { firstParam } from '@/lib/http/search-param';
import { inspectConfirmToken } from '@/lib/subscribers/confirm';

export const metadata: Metadata = { title: 'Confirm your subscription', robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ConfirmPage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token);
  const state = await inspectConfirmToken(token);
  const permalink = `/confirm?token=${encodeURIComponent(token)}`;
  if (state === 'valid') {
    return (
      <NoticeCard title="Confirm your subscription">
        <p>One click and trending papers will arrive in your inbox.</p>
        <ConfirmForm token={token} permalink={permalink} />
      </NoticeCard>
    );
  }
  return (
    <NoticeCard title={state === 'expired' ? 'This link has expired' : 'This link is not valid'}>
      <p>
        {state === 'expired'
          ? 'Confirmation links work for 48 hours.'
          : 'It may have been mistyped, replaced by a newer link, or already used.'}
      </p>
      <Resubscribe permalink={permalink} />
    </NoticeCard>
  );
}
