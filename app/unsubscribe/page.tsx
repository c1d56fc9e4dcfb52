import type { Metadata } from 'next';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { Resubscribe } from '@/components/subscribe/resubscribe';
import { Button } from '@/components/ui/button';
import { firstParam } from '@/lib/http/search-param';
import { getPreferences } from '@/lib/subscribers/manage';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token);
  const preferences = await getPreferences(token);
  const action = `/unsubscribe?token=${encodeURIComponent(token)}`;
  if (!preferences) {
    return (
      <NoticeCard title="This link is not valid">
        <p>Use the unsubscribe link from your most recent digest email.</p>
      </NoticeCard>
    );
  }
  if (preferences.status === 'unsubscribed') {
    return (
      <NoticeCard title="You are unsubscribed">
        <p role="status">You will not receive the digest any more. Changed your mind?</p>
        <Resubscribe permalink={action} />
      </NoticeCard>
    );
  }
  return (
    <NoticeCard title="Unsubscribe from the digest?">
      <p>You will stop receiving trending papers by email. You can subscribe again at any time.</p>
      {/* A plain POST (the same one mail providers send for one-click unsubscribe), so opening
          this page never unsubscribes anyone, and the button works without JavaScript. */}
      <form method="post" action={action}>
        <Button type="submit">Unsubscribe</Button>
      </form>
    </NoticeCard>
  );
}
