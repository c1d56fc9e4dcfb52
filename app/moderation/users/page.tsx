import type { Metadata } from 'next';
import { AccountList } from '@/components/moderation/account-list';
import { ModerationFrame } from '@/components/moderation/moderation-frame';
import { requireModerator } from '@/components/moderation/require-moderator';
import { FIELD } from '@/components/search/field-styles';
import { Button } from '@/components/ui/button';
import { firstParam } from '@/lib/http/search-param';
import { ACCOUNT_SEARCH_LIMIT, searchAccounts } from '@/lib/moderation/accounts';

export const metadata: Metadata = { title: 'Accounts', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = '/moderation/users';

export default async function AccountsPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = firstParam(params.q, 100).trim();
  const here = q ? `${PATH}?q=${encodeURIComponent(q)}` : PATH;
  const actor = await requireModerator(here);
  const accounts = q ? await searchAccounts(q) : [];
  return (
    <ModerationFrame
      section={PATH}
      title="Accounts"
      intro={<p>Find an account by username or email address. Suspending one signs it out everywhere at once; it cannot sign in, vote, submit or comment until the suspension is lifted.</p>}
      notice={firstParam(params.notice)}
      error={firstParam(params.error)}
    >
      <form method="get" action={PATH} role="search" className="flex flex-wrap items-end gap-2">
        <span className="flex flex-col gap-1">
          <label htmlFor="account-query" className="text-sm font-medium">
            Username or email
          </label>
          <input id="account-query" name="q" type="search" defaultValue={q} maxLength={100} className={`${FIELD} w-64 max-w-full`} />
        </span>
        <Button type="submit">Find</Button>
      </form>
      {q && accounts.length === 0 ? <p className="text-neutral-700 dark:text-neutral-300">No account matches “{q}”.</p> : null}
      {accounts.length > 0 ? (
        <>
          <h2 className="text-lg font-semibold text-neutral-950 dark:text-white">
            {accounts.length === ACCOUNT_SEARCH_LIMIT ? `The first ${ACCOUNT_SEARCH_LIMIT} matches` : `${accounts.length} ${accounts.length === 1 ? 'match' : 'matches'}`}
          </h2>
          <AccountList accounts={accounts} back={here} selfId={actor.id} />
        </>
      ) : null}
    </ModerationFrame>
  );
}
