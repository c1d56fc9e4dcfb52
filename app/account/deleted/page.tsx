import type { Metadata } from 'next';
import Link from 'next/link';
import { NoticeCard } from '@/components/subscribe/notice-card';

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false, follow: false } };

/** Where deleting an account ends: the same words for everyone, so a static page. */
export default function AccountDeletedPage() {
  return (
    <NoticeCard title="Your account is deleted">
      <p role="status">
        Your sessions, passkeys and votes are gone. Your comments now read “deleted” and the papers you submitted no longer show your name.
      </p>
      <p>
        If you subscribed to the digest with this address, that subscription is separate and still runs: every digest has an unsubscribe link.{' '}
        <Link href="/" className="font-medium text-amber-800 underline dark:text-amber-300">
          Back to the papers
        </Link>
      </p>
    </NoticeCard>
  );
}
