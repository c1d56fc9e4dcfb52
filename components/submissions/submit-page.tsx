import Link from 'next/link';
import { FormMessage } from '@/components/accounts/form-message';
import { RichText } from '@/components/papers/rich-text';
import { ButtonLink } from '@/components/ui/button-link';
import { signInPath, WELCOME_PATH } from '@/lib/accounts/paths';
import { formatFeedDayLong, type FeedDay } from '@/lib/dates/feed-day';
import { dayPath } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';
import { SUBMIT_PATH } from '@/lib/submissions/paths';
import { SubmissionRules } from './submission-rules';
import { SubmitForm } from './submit-form';

interface NamedPaper {
  slug: string;
  title: string;
  day: FeedDay | null;
}

interface SubmitPageProps {
  /** null: signed out. */
  reader: { username: string | null } | null;
  limits: { maxAgeDays: number; dailyLimit: number };
  usedToday: number | null;
  typed: string;
  error: string;
  notice: string;
  /** The paper a refusal was about (already listed, hidden). */
  listed: NamedPaper | null;
  /** The paper just submitted. */
  submitted: NamedPaper | null;
}

const LINK = 'font-medium text-amber-800 underline dark:text-amber-300';

/** /papers/submit: what can be submitted, the form, and the outcome of the last try. */
export function SubmitPage({ reader, limits, usedToday, typed, error, notice, listed, submitted }: SubmitPageProps) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <div className="rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm sm:p-8 dark:border-neutral-800 dark:bg-neutral-900">
        <h1 className="text-2xl font-bold text-neutral-950 dark:text-white">Submit a paper</h1>
        <p className="mt-3 text-neutral-700 dark:text-neutral-300">
          Read something worth sharing? Paste its arXiv id or link: we look it up on arXiv and list it on today’s papers, credited to you.
        </p>
        <div className="mt-4">
          <SubmissionRules maxAgeDays={limits.maxAgeDays} dailyLimit={limits.dailyLimit} usedToday={usedToday} />
        </div>
        <div className="mt-6 space-y-4">
          {submitted && !error && <SubmittedNotice paper={submitted} notice={notice} />}
          {error && (
            <div id="submit-error" className="space-y-2">
              <FormMessage error={error} />
              {listed && (
                <p className="text-sm">
                  <Link href={paperPath(listed.slug)} className={LINK}>
                    Open “<RichText text={listed.title} links={false} />”
                  </Link>
                </p>
              )}
            </div>
          )}
          {!reader ? (
            <p>
              <ButtonLink href={signInPath(SUBMIT_PATH)} variant="primary">
                Sign in to submit a paper
              </ButtonLink>
            </p>
          ) : !reader.username ? (
            <p>
              <ButtonLink href={`${WELCOME_PATH}?next=${encodeURIComponent(SUBMIT_PATH)}`} variant="primary">
                Choose a username to submit
              </ButtonLink>
            </p>
          ) : (
            <SubmitForm value={submitted && !error ? '' : typed} invalid={Boolean(error)} />
          )}
        </div>
      </div>
    </main>
  );
}

function SubmittedNotice({ paper, notice }: { paper: NamedPaper; notice: string }) {
  return (
    <div role="status" className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
      <p>{notice || 'Submitted.'}</p>
      <p>
        <Link href={paperPath(paper.slug)} className="font-semibold underline">
          <RichText text={paper.title} links={false} />
        </Link>
        {paper.day && (
          <>
            {' · '}
            <Link href={dayPath(paper.day)} className="underline">
              Papers of {formatFeedDayLong(paper.day)}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
