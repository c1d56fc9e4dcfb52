import Link from 'next/link';
import { paperPath } from '@/lib/papers/paper-ref';
import type { ReportedComment } from '@/lib/moderation/reports';
import { ActionForm } from './action-form';
import { TimeLabel } from './time-label';

const COMMENTS = '/moderation/actions/comments';
const USERS = '/moderation/actions/users';

/**
 * One reported comment in the queue: its text as written (the Markdown source, not rendered,
 * so nothing in it can dress itself up), where it is, who wrote it, and every open report.
 */
export function ReportCard({ item, back }: { item: ReportedComment; back: string }) {
  const id = item.commentId;
  return (
    <article aria-labelledby={`report-${id}-title`} className="rounded-xl border border-neutral-200 bg-white p-4 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id={`report-${id}-title`} className="text-base font-semibold text-neutral-950 dark:text-white">
        Comment {id} on{' '}
        <Link href={`${paperPath(item.paper.slug)}#comment-${id}`} prefetch={false} className="underline underline-offset-2 hover:text-amber-800 dark:hover:text-amber-300">
          {item.paper.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
        by {item.author ? <strong>{item.author.name}</strong> : 'a deleted account'}
        {item.author?.suspended ? ' (suspended)' : ''}, <TimeLabel at={item.createdAt} />
        {item.deleted ? ' · deleted by its author' : ''}
        {item.hidden ? ' · hidden' : ''}
      </p>
      <blockquote className="mt-3 max-h-64 overflow-auto rounded-lg border-l-4 border-neutral-300 bg-neutral-50 px-3 py-2 text-sm break-words whitespace-pre-wrap text-neutral-900 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100">
        {item.body || '(empty)'}
      </blockquote>
      <h3 className="mt-3 text-sm font-semibold text-neutral-950 dark:text-white">
        {item.reports.length === 1 ? '1 open report' : `${item.reports.length} open reports`}
      </h3>
      <ul className="mt-1 space-y-1 text-sm text-neutral-800 dark:text-neutral-200">
        {item.reports.map((report) => (
          <li key={report.id}>
            <strong>{report.reporter}</strong>, <TimeLabel at={report.at} />: <span className="break-words">{report.reason || '(no reason given)'}</span>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-col gap-3 border-t border-neutral-200 pt-3 sm:flex-row sm:flex-wrap sm:items-end dark:border-neutral-800">
        <ActionForm endpoint={COMMENTS} fields={{ commentId: id, action: 'hide' }} back={back} label="Hide comment" variant="primary" reason={{ id: `hide-reason-${id}`, label: 'Reason for hiding' }} />
        <ActionForm endpoint={COMMENTS} fields={{ commentId: id, action: 'dismiss' }} back={back} label="Dismiss reports" />
        {item.author && !item.author.suspended ? (
          <ActionForm endpoint={USERS} fields={{ userId: item.author.id, action: 'suspend' }} back={back} label={`Suspend ${item.author.name}`} reason={{ id: `suspend-reason-${id}`, label: 'Reason for suspending' }} />
        ) : null}
      </div>
    </article>
  );
}
