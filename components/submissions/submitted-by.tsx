import Link from 'next/link';
import { profilePath } from '@/lib/submissions/profile-path';

/**
 * "submitted by <name>". A reader of this site (a local account) links to their profile; a
 * name imported with Hugging Face's papers is someone else's account: plain text.
 */
export function SubmittedBy({ name, local, className }: { name: string; local: boolean; className?: string }) {
  return (
    <span className={className}>
      submitted by{' '}
      {local ? (
        <Link href={profilePath(name)} prefetch={false} className="font-medium underline hover:text-amber-800 dark:hover:text-amber-300">
          {name}
        </Link>
      ) : (
        <span className="font-medium">{name}</span>
      )}
    </span>
  );
}
