import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LINK, MUTED } from '@/components/accounts/account-styles';
import { FormMessage } from '@/components/accounts/form-message';
import { AddFollowForm } from '@/components/follows/add-follow-form';
import { FollowList } from '@/components/follows/follow-list';
import { signInPath } from '@/lib/accounts/paths';
import { getReader } from '@/lib/accounts/reader';
import { listFollows } from '@/lib/follows/follows';
import { FOLLOWING_PATH } from '@/lib/follows/schema';
import { firstParam } from '@/lib/http/search-param';

// Per reader, per request: never cached (next.config.mjs sends `private, no-store`).
export const metadata: Metadata = { title: 'Following', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FollowingPage({ searchParams }: Props) {
  const params = await searchParams;
  const reader = await getReader(await headers());
  if (!reader) redirect(signInPath(FOLLOWING_PATH));
  const follows = await listFollows(reader.id);
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-5 px-4 py-10 sm:px-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-neutral-950 dark:text-white">Following</h1>
        <p className={MUTED}>
          New papers in what you follow come first in{' '}
          <Link href="/for-you" prefetch={false} className={LINK}>
            For you
          </Link>{' '}
          and in your personal digest.
        </p>
      </header>
      <FormMessage error={firstParam(params.error)} notice={firstParam(params.notice)} />
      <FollowList follows={follows} />
      <AddFollowForm />
    </main>
  );
}
