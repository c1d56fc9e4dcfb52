import { Button } from '@/components/ui/button';
import { FIELD } from '@/components/search/field-styles';
import { COMMENT_MAX_LENGTH } from '@/lib/comments/schema';

/**
 * A plain form that posts a comment (or, with `parentId`, a reply) and works without script:
 * POST /comments answers with a redirect to the new comment. The thread's script sends the
 * same form with fetch and clones it for inline replies.
 */
export function CommentForm({ paperId, parentId, back, idPrefix, label }: { paperId: number; parentId?: number; back: string; idPrefix: string; label: string }) {
  return (
    <form method="post" action="/comments" data-comment-form="post" className="space-y-2">
      <input type="hidden" name="paper" value={paperId} />
      {parentId !== undefined && <input type="hidden" name="parent" value={parentId} />}
      <input type="hidden" name="back" value={back} />
      <label htmlFor={`${idPrefix}-body`} className="block font-semibold text-neutral-900 dark:text-neutral-100" data-form-label>
        {label}
      </label>
      <textarea
        id={`${idPrefix}-body`}
        name="body"
        required
        maxLength={COMMENT_MAX_LENGTH}
        rows={4}
        aria-describedby={`${idPrefix}-help`}
        className={`${FIELD} block w-full text-base sm:text-sm`}
      />
      <p id={`${idPrefix}-help`} className="text-sm text-neutral-600 dark:text-neutral-400">
        Markdown: *emphasis*, **bold**, `code`, links, lists and &gt; quotes; TeX between $…$ or $$…$$. You need to be signed in.
      </p>
      <p data-form-message role="status" className="text-sm text-red-800 empty:hidden dark:text-red-300" />
      <div className="flex flex-wrap items-center gap-2" data-form-buttons>
        <Button type="submit">{parentId === undefined ? 'Post comment' : 'Post reply'}</Button>
      </div>
    </form>
  );
}
