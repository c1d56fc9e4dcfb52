import { getReader } from '@/lib/accounts/reader';
import { commentDone, commentRefused, commonRefusal } from '@/lib/comments/answers';
import { deleteComment } from '@/lib/comments/delete-comment';
import { commentAnchorPath } from '@/lib/comments/queries';
import { commentIdSchema } from '@/lib/comments/schema';
import { clientIpFrom } from '@/lib/http/client-ip';
import { receiveForm, signInFirst } from '@/lib/http/form-post';

type Context = { params: Promise<{ id: string }> };

/**
 * POST /comments/<id>/delete (back): the author deletes their comment. It disappears, or
 * shows as "comment deleted" while replies hang under it. A repeat is answered the same.
 */
export async function POST(request: Request, { params }: Context) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const answer = received.value;
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst(answer);
  const id = commentIdSchema.safeParse((await params).id);
  if (!id.success) return commentRefused(answer, 404, 'That comment does not exist.');
  const result = await deleteComment({ userId: reader.id, commentId: id.data, clientIp: clientIpFrom(request.headers) });
  if (result.status !== 'deleted') return commonRefusal(answer, 'change', result) ?? commentRefused(answer, 400, 'The comment could not be deleted.');
  // Back to the thread: the comment itself is gone (or a placeholder), so to the discussion.
  const url = (await commentAnchorPath(result.id)).replace(/#comment-\d+$/, result.placeholder ? `#comment-${result.id}` : '#comments');
  return commentDone(answer, { id: result.id, placeholder: result.placeholder, numComments: result.numComments, url }, 'Comment deleted.', url);
}
