import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { FIELD } from '@/components/search/field-styles';
import { signInPath, WELCOME_PATH } from '@/lib/accounts/paths';
import type { Reader } from '@/lib/accounts/reader';
import { COMMENT_MAX_LENGTH, REPORT_DETAILS_MAX_LENGTH, REPORT_REASONS } from '@/lib/comments/schema';
import type { CommentView, CommentViewer } from '@/lib/comments/types';
import { CommentForm } from './comment-form';
import { commentPagePath } from './comment-item';

const HEADING = 'scroll-mt-6 text-lg font-semibold text-neutral-900 dark:text-neutral-100';
const HELP = 'text-sm text-neutral-600 dark:text-neutral-400';

/**
 * What the reader can do with one comment, on its own private page (/comments/<id>): plain
 * forms that work without script. The author edits or deletes; anyone else signed in replies
 * and reports (the upvote is on the comment itself).
 */
export function CommentControls({ view, reader, viewer }: { view: CommentView; reader: Reader | null; viewer: CommentViewer | null }) {
  const { comment, paper } = view;
  const page = commentPagePath(comment.id);
  if (!reader) {
    return (
      <p className="mt-8">
        <ButtonLink href={signInPath(page)} prefetch={false}>
          Sign in to reply, upvote or report
        </ButtonLink>
      </p>
    );
  }
  if (!reader.username) {
    return (
      <p className="mt-8">
        <ButtonLink href={`${WELCOME_PATH}?next=${encodeURIComponent(page)}`} prefetch={false}>
          Choose a username to take part
        </ButtonLink>
      </p>
    );
  }
  if (comment.state !== 'visible') return null;
  const replyTo = comment.parentId ?? comment.id;
  return (
    <div className="mt-8 space-y-8">
      <section aria-labelledby="reply">
        <h2 id="reply" className={`${HEADING} sr-only`}>
          Reply
        </h2>
        <CommentForm paperId={paper.id} parentId={replyTo} back={page} idPrefix="reply" label={comment.author ? `Reply to ${comment.author}` : 'Reply'} />
      </section>
      {viewer?.own ? <OwnCommentForms id={comment.id} body={comment.body ?? ''} page={page} /> : <ReportForm id={comment.id} page={page} reported={viewer?.reported ?? false} />}
    </div>
  );
}

function OwnCommentForms({ id, body, page }: { id: number; body: string; page: string }) {
  return (
    <>
      <section aria-labelledby="edit">
        <h2 id="edit" className={HEADING}>
          Edit your comment
        </h2>
        <form method="post" action={`/comments/${id}/edit`} data-comment-form="edit" className="mt-2 space-y-2">
          <input type="hidden" name="back" value={page} />
          <label htmlFor={`edit-${id}-body`} className="sr-only">
            Your comment
          </label>
          <textarea id={`edit-${id}-body`} name="body" required maxLength={COMMENT_MAX_LENGTH} rows={6} defaultValue={body} className={`${FIELD} block w-full text-base sm:text-sm`} />
          <p data-form-message role="status" className="text-sm text-red-800 empty:hidden dark:text-red-300" />
          <div className="flex flex-wrap items-center gap-2" data-form-buttons>
            <Button type="submit">Save changes</Button>
          </div>
        </form>
      </section>
      <section aria-labelledby="delete">
        <h2 id="delete" className={HEADING}>
          Delete your comment
        </h2>
        <form method="post" action={`/comments/${id}/delete`} className="mt-2 space-y-2">
          <input type="hidden" name="back" value={page} />
          <p className={HELP}>Its text is deleted for good. If others replied, &quot;comment deleted&quot; stays in its place above their replies.</p>
          <p className="flex items-center gap-2">
            <input id="delete-confirm" type="checkbox" name="confirm" value="1" required className="h-4 w-4" />
            <label htmlFor="delete-confirm">Yes, delete this comment</label>
          </p>
          <Button type="submit" variant="secondary">
            Delete comment
          </Button>
        </form>
      </section>
    </>
  );
}

function ReportForm({ id, page, reported }: { id: number; page: string; reported: boolean }) {
  return (
    <section aria-labelledby="report">
      <h2 id="report" className={HEADING}>
        Report this comment
      </h2>
      {reported && <p className={`${HELP} mt-1`}>You have reported it; the moderators will look at it. Sending again replaces your reason.</p>}
      <form method="post" action={`/comments/${id}/report`} className="mt-2 space-y-3">
        <input type="hidden" name="back" value={page} />
        <fieldset>
          <legend className="text-sm font-medium">Why should a moderator look at it?</legend>
          <div className="mt-1 space-y-1">
            {Object.entries(REPORT_REASONS).map(([value, label], index) => (
              <p key={value} className="flex items-center gap-2">
                <input id={`report-${value}`} type="radio" name="reason" value={value} required={index === 0} className="h-4 w-4" />
                <label htmlFor={`report-${value}`}>{label}</label>
              </p>
            ))}
          </div>
        </fieldset>
        <p>
          <label htmlFor="report-details" className="block text-sm font-medium">
            Anything to add (optional)
          </label>
          <textarea id="report-details" name="details" maxLength={REPORT_DETAILS_MAX_LENGTH} rows={2} className={`${FIELD} mt-1 block w-full text-base sm:text-sm`} />
        </p>
        <Button type="submit" variant="secondary">
          Report comment
        </Button>
      </form>
    </section>
  );
}
