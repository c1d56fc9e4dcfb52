import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LINK, MUTED } from '@/components/accounts/account-styles';
import { DataPanel } from '@/components/accounts/data-panel';
import { DeletePanel } from '@/components/accounts/delete-panel';
import { EmailPanel } from '@/components/accounts/email-panel';
import { FormMessage } from '@/components/accounts/form-message';
import { PasskeysPanel } from '@/components/accounts/passkeys-panel';
import { SessionsPanel } from '@/components/accounts/sessions-panel';
import { SubscriptionPanel } from '@/components/accounts/subscription-panel';
import { When } from '@/components/accounts/when';
import { Button } from '@/components/ui/button';
import { getAccountOverview } from '@/lib/accounts/account';
import { ACCOUNT_PATH, signInPath, WELCOME_PATH } from '@/lib/accounts/paths';
import { profilePath } from '@/lib/accounts/profile-path';
import { getReader } from '@/lib/accounts/reader';
import { firstParam } from '@/lib/http/search-param';

// Per reader, per request: never cached (next.config.mjs also sends `private, no-store`).
export const metadata: Metadata = { title: 'Your account', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const params = await searchParams;
  const reader = await getReader(await headers());
  if (!reader) redirect(signInPath(ACCOUNT_PATH));
  if (!reader.username) redirect(`${WELCOME_PATH}?next=${encodeURIComponent(ACCOUNT_PATH)}`);
  const account = await getAccountOverview(reader);
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-5 px-4 py-10 sm:px-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-bold text-neutral-950 dark:text-white">Your account</h1>
          <p className={MUTED}>
            <Link href={profilePath(reader.username)} className={LINK}>
              {reader.username}
            </Link>{' '}
            · member since <When at={account.memberSince} day />
          </p>
        </div>
        {/* The header's "Sign out" is drawn by script; this one works without it. */}
        <form method="post" action="/signout">
          <input type="hidden" name="back" value="/" />
          <Button type="submit" variant="secondary">
            Sign out
          </Button>
        </form>
      </header>
      <FormMessage error={firstParam(params.error)} notice={firstParam(params.notice)} />
      <SessionsPanel sessions={account.sessions} />
      <PasskeysPanel passkeys={account.passkeys} />
      <EmailPanel email={account.email} />
      <SubscriptionPanel subscription={account.subscription} />
      <DataPanel />
      <DeletePanel confirmWord={reader.username} isUsername />
    </main>
  );
}
