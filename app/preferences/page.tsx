import type { Metadata } from 'next';
import Link from 'next/link';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { PreferencesForm } from '@/components/subscribe/preferences-form';
import { Resubscribe } from '@/components/subscribe/resubscribe';
import { firstParam } from '@/lib/http/search-param';
import { getPreferences } from '@/lib/subscribers/manage';

export const metadata: Metadata = { title: 'Digest preferences', robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function PreferencesPage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token);
  const preferences = await getPreferences(token);
  const permalink = `/preferences?token=${encodeURIComponent(token)}`;
  if (!preferences) {
    return (
      <NoticeCard title="This link is not valid">
        <p>Use the preferences link from your most recent digest email.</p>
      </NoticeCard>
    );
  }
  if (preferences.status !== 'confirmed') {
    return (
      <NoticeCard title="You are not subscribed">
        <p>This address does not receive the digest now.</p>
        <Resubscribe permalink={permalink} />
      </NoticeCard>
    );
  }
  return (
    <NoticeCard title="Digest preferences">
      <PreferencesForm token={token} frequency={preferences.frequency} permalink={permalink} />
      <p className="border-t border-neutral-200 pt-4 text-sm dark:border-neutral-800">
        No longer interested?{' '}
        <Link href={`/unsubscribe?token=${encodeURIComponent(token)}`} className="font-medium text-amber-800 underline dark:text-amber-300">
          Unsubscribe
        </Link>
      </p>
    </NoticeCard>
  );
}
