import Link from 'next/link';
import { paperPath } from '@/lib/papers/paper-ref';
import type { SubmissionRow } from '@/lib/moderation/submissions';
import { ActionForm } from './action-form';
import { TimeLabel } from './time-label';

const SUBMISSIONS = '/moderation/actions/submissions';

/** Recent submissions, each with the one action that applies to it now (hide, or list again). */
export function SubmissionList({ submissions, back }: { submissions: SubmissionRow[]; back: string }) {
  if (submissions.length === 0) return <p className="text-neutral-700 dark:text-neutral-300">No reader has submitted a paper yet.</p>;
  return (
    <ul className="divide-y divide-neutral-200 rounded-xl border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
      {submissions.map((row) => (
        <li key={row.paperId} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-end sm:justify-between">
          <div className="min-w-0 text-sm">
            <Link href={paperPath(row.slug)} prefetch={false} className="font-semibold break-words text-neutral-950 underline-offset-2 hover:underline dark:text-white">
              {row.title}
            </Link>
            <p className="mt-0.5 text-neutral-700 dark:text-neutral-300">
              {row.slug} · listed on {row.day} · submitted by <strong>{row.submittedBy ?? 'a deleted account'}</strong>, <TimeLabel at={row.submittedAt} />
              {row.hiddenAt ? (
                <>
                  {' '}
                  · <strong className="text-red-800 dark:text-red-300">hidden</strong> since <TimeLabel at={row.hiddenAt} />
                </>
              ) : null}
            </p>
          </div>
          {row.hiddenAt ? (
            <ActionForm endpoint={SUBMISSIONS} fields={{ paperId: row.paperId, action: 'unhide' }} back={back} label="List again" />
          ) : (
            <ActionForm endpoint={SUBMISSIONS} fields={{ paperId: row.paperId, action: 'hide' }} back={back} label="Hide from lists" reason={{ id: `hide-submission-${row.paperId}`, label: 'Reason for hiding' }} />
          )}
        </li>
      ))}
    </ul>
  );
}
