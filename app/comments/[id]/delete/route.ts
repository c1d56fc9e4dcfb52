import { commentDone, commentRefused, commonRefusal } from '@/lib/comments/answers';
import { receiveCommentForm } from '@/lib/comments/receive-comment-form';
import { deleteComment } from '@/lib/comments/delete-comment';
import { commentAnchorPath } from '@/lib/comments/queries';

type Context = { params: Promise<{ id: string }> };

/**
 * POST /comments/<id>/delete (back): the author deletes their comment. It disappears, or
 * shows as "comment deleted" while replies hang under it. A repeat is answered the same.
 */
export async function POST(request: Request, { params }: Context) {
  const form = await receiveCommentForm(request, (await params).id);
  if (!form.ok) return form.response;
  const { answer, reader, commentId, clientIp } = form;
  const result = await deleteComment({ userId: reader.id, commentId, clientIp });
  if (result.status !== 'deleted') return commonRefusal(answer, 'change', result) ?? commentRefused(answer, 400, 'The comment could not be deleted.');
  // Back to the thread: the comment itself is gone (or a placeholder), so to the discussion.
  const url = (await commentAnchorPath(result.id)).replace(/#comment-\d+$/, result.placeholder ? `#comment-${result.id}` : '#comments');
  return commentDone(answer, { id: result.id, placeholder: result.placeholder, numComments: result.numComments, url }, 'Comment deleted.', url);
}
