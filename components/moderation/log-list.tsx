import Link from 'next/link';
import { paperPath } from '@/lib/papers/paper-ref';
import type { ModerationLogEntry } from '@/lib/moderation/log';
import { TimeLabel } from './time-label';

const VERB: Record<string, string> = {
  'grant-moderator': 'made a moderator',
  'revoke-moderator': 'revoked the moderator role of',
  'hide-comment': 'hid',
  'unhide-comment': 'showed again',
  'dismiss-report': 'dismissed the reports on',
  'hide-submission': 'hid from the lists',
  'unhide-submission': 'listed again',
  suspend: 'suspended',
  unsuspend: 'lifted the suspension of',
};

function Target({ entry }: { entry: ModerationLogEntry }) {
  if (entry.targetType === 'comment') {
    return entry.commentPaperSlug ? (
      <Link href={`${paperPath(entry.commentPaperSlug)}#comment-${entry.targetId}`} prefetch={false} className="underline underline-offset-2">
        comment {entry.targetId}
      </Link>
    ) : (
      <>comment {entry.targetId}</>
    );
  }
  if (entry.targetType === 'submission') {
    return (
      <Link href={paperPath(entry.targetId)} prefetch={false} className="underline underline-offset-2">
        {entry.targetId}
      </Link>
    );
  }
  return <strong>{entry.targetId}</strong>;
}

/** The log as sentences: when, who, did what, to what, and why. */
export function LogList({ entries }: { entries: ModerationLogEntry[] }) {
  if (entries.length === 0) return <p className="text-neutral-700 dark:text-neutral-300">Nothing has been done yet.</p>;
  return (
    <ol className="divide-y divide-neutral-200 rounded-xl border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
      {entries.map((entry) => (
        <li key={entry.id} className="px-4 py-3 text-sm text-neutral-800 dark:text-neutral-200">
          <p className="text-xs text-neutral-600 dark:text-neutral-400">
            <TimeLabel at={entry.at} />
          </p>
          <p className="mt-0.5 break-words">
            <strong>{entry.actorName}</strong> {VERB[entry.action] ?? entry.action} <Target entry={entry} />
          </p>
          {entry.reason ? <p className="mt-0.5 break-words text-neutral-700 dark:text-neutral-300">Reason: {entry.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
