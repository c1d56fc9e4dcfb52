import Link from 'next/link';
import type { Profile } from '@/lib/accounts/profile';
import { RichText } from '@/components/papers/rich-text';
import { formatFeedDayLong, parseCalendarDate } from '@/lib/dates/feed-day';
import { LINK, MUTED, SECTION, SECTION_TITLE } from './account-styles';
import { When } from './when';

/** /u/<name>: who they are on the site, what they submitted, what they said. */
export function ProfileView({ profile }: { profile: Profile }) {
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-5 px-4 py-10 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold break-all text-neutral-950 dark:text-white">{profile.username}</h1>
        <p className={MUTED}>
          Member since <When at={profile.memberSince} day />
        </p>
      </header>
      <section aria-labelledby="submissions-title" className={SECTION}>
        <h2 id="submissions-title" className={SECTION_TITLE}>
          Submitted papers
        </h2>
        {profile.submissions.length === 0 ? (
          <p className={`mt-2 ${MUTED}`}>No papers submitted yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-neutral-200 dark:divide-neutral-800">
            {profile.submissions.map((submission) => (
              <li key={submission.paperPath} className="py-2">
                <Link href={submission.paperPath} prefetch={false} className={LINK}>
                  <RichText text={submission.title} links={false} />
                </Link>
                <ListedOn day={submission.day} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="comments-title" className={SECTION}>
        <h2 id="comments-title" className={SECTION_TITLE}>
          Comments
        </h2>
        {profile.comments.length === 0 ? (
          <p className={`mt-2 ${MUTED}`}>No comments yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-neutral-200 dark:divide-neutral-800">
            {profile.comments.map((comment) => (
              <li key={comment.id} className="space-y-1 py-3">
                <p className="text-sm">
                  On{' '}
                  <Link href={`${comment.paperPath}#comment-${comment.id}`} prefetch={false} className={LINK}>
                    <RichText text={comment.paperTitle} links={false} />
                  </Link>
                  , <When at={comment.createdAt} />
                </p>
                <p className="break-words text-neutral-800 dark:text-neutral-200">{comment.excerpt}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

function ListedOn({ day }: { day: string }) {
  const feedDay = parseCalendarDate(day);
  return feedDay ? <p className={MUTED}>Listed on {formatFeedDayLong(feedDay)}</p> : null;
}
