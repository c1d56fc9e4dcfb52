import { paperAnchor } from '@/components/community/upvote-button';

interface SaveButtonProps {
  paperId: number;
  /** The page this is shown on: a save sent without script comes back to it, at the card. */
  pagePath: string;
  /** The id of the paper's title element, which names the button for screen readers. */
  titleId: string;
  /** Known only on private pages (Saved, a collection's own page for its owner); else null. */
  saved?: boolean | null;
}

/**
 * Save a paper for later (issue 14). In cached HTML it is the same for everyone: a plain form
 * that saves (a 303 back to `pagePath#paper-<id>` without script). save-enhancer.tsx marks
 * the reader's saved papers from /api/me (aria-pressed; the form then removes) and sends
 * presses with fetch. Pages rendered per reader pass `saved` and need no script for it.
 */
export function SaveButton({ paperId, pagePath, titleId, saved = null }: SaveButtonProps) {
  const buttonId = `save-${paperId}`;
  return (
    <form method="post" action="/library/save" className="save" data-paper-id={paperId}>
      <input type="hidden" name="paper" value={paperId} />
      <input type="hidden" name="saved" value={saved ? '0' : '1'} />
      <input type="hidden" name="back" value={`${pagePath}#${paperAnchor(paperId)}`} />
      <button type="submit" id={buttonId} aria-labelledby={`${buttonId} ${titleId}`} aria-pressed={saved === null ? undefined : saved} className="save-button">
        <span aria-hidden="true" className="save-icon" />
        Save
      </button>
    </form>
  );
}
