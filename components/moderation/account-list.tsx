import type { AccountRow } from '@/lib/moderation/accounts';
import { ActionForm } from './action-form';
import { TimeLabel } from './time-label';

const USERS = '/moderation/actions/users';

/** Accounts found by the search, each with suspend or unsuspend (moderators are not suspended here). */
export function AccountList({ accounts, back, selfId }: { accounts: AccountRow[]; back: string; selfId: string | null }) {
  return (
    <ul className="divide-y divide-neutral-200 rounded-xl border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
      {accounts.map((account) => (
        <li key={account.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-end sm:justify-between">
          <div className="min-w-0 text-sm">
            <p className="font-semibold break-words text-neutral-950 dark:text-white">{account.username ?? '(no username yet)'}</p>
            <p className="mt-0.5 break-words text-neutral-700 dark:text-neutral-300">
              {account.email} · {account.role} · joined <TimeLabel at={account.createdAt} />
              {account.suspendedAt ? (
                <>
                  {' '}
                  · <strong className="text-red-800 dark:text-red-300">suspended</strong> since <TimeLabel at={account.suspendedAt} />
                </>
              ) : null}
            </p>
          </div>
          {account.suspendedAt ? (
            <ActionForm endpoint={USERS} fields={{ userId: account.id, action: 'unsuspend' }} back={back} label="Lift suspension" reason={{ id: `unsuspend-reason-${account.id}`, label: 'Reason for lifting' }} />
          ) : account.role === 'moderator' || account.id === selfId ? (
            <p className="text-xs text-neutral-600 dark:text-neutral-400">Moderators are not suspended here.</p>
          ) : (
            <ActionForm endpoint={USERS} fields={{ userId: account.id, action: 'suspend' }} back={back} label="Suspend" variant="primary" reason={{ id: `suspend-reason-${account.id}`, label: 'Reason for suspending' }} />
          )}
        </li>
      ))}
    </ul>
  );
}
