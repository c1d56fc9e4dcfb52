import Link from 'next/link';
import { paperPath } from '@/lib/papers/paper-ref';

/** The anchor a vote returns to: the card (or the paper page's vote bar) of this paper. */
export function paperAnchor(paperId: number): string {
  return `paper-${paperId}`;
}

interface UpvoteButtonProps {
  paper: { id: number; slug: string; upvotes: number; numComments: number };
  /** The page this is shown on (with its ?sort=…): a vote without script comes back to it. */
  pagePath: string;
  /** The id of the paper's title element, which names the button for screen readers. */
  titleId: string;
}

/**
 * The upvote button and the comment count of a paper, on cards and the paper page. In the
 * cached HTML it is the same for everyone: the count and a plain form that upvotes (it works
 * without script: a 303 back to `pagePath#paper-<id>`). components/community/vote-enhancer.tsx,
 * mounted once per page, marks the reader's own votes, refreshes counts and votes in place.
 */
export function UpvoteButton({ paper, pagePath, titleId }: UpvoteButtonProps) {
  const buttonId = `vote-${paper.id}`;
  const comments = paper.numComments;
  return (
    <>
      <form method="post" action="/votes" className="vote" data-paper-id={paper.id}>
        <input type="hidden" name="paper" value={paper.id} />
        <input type="hidden" name="up" value="1" />
        <input type="hidden" name="back" value={`${pagePath}#${paperAnchor(paper.id)}`} />
        <button type="submit" id={buttonId} aria-labelledby={`${buttonId} ${titleId}`} className="vote-button">
          <span aria-hidden="true">▲</span>
          <span className="sr-only">Upvote</span> <span data-count="">{paper.upvotes}</span>
        </button>
      </form>
      <Link href={`${paperPath(paper.slug)}#comments`} prefetch={false} className="vote-comments">
        {comments === 0 ? 'Comment' : `${comments} ${comments === 1 ? 'comment' : 'comments'}`}
      </Link>
    </>
  );
}
