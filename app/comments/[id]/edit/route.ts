import { commentDone, commentRefused, commonRefusal } from '@/lib/comments/answers';
import { receiveCommentForm } from '@/lib/comments/receive-comment-form';
import { editComment } from '@/lib/comments/edit-comment';
import { commentAnchorPath } from '@/lib/comments/queries';
import { editFormSchema, firstIssue } from '@/lib/comments/schema';
import { formText } from '@/lib/http/form-post';

type Context = { params: Promise<{ id: string }> };

/** POST /comments/<id>/edit (body, back): the author replaces the text; marked "edited". */
export async function POST(request: Request, { params }: Context) {
  const form = await receiveCommentForm(request, (await params).id, { needsUsername: true });
  if (!form.ok) return form.response;
  const { answer, reader, commentId, clientIp } = form;
  const parsed = editFormSchema.safeParse({ body: formText(answer.form, 'body') });
  if (!parsed.success) return commentRefused(answer, 400, firstIssue(parsed.error, 'The comment could not be read.'));
  const result = await editComment({ userId: reader.id, commentId, body: parsed.data.body, clientIp });
  if (result.status !== 'edited') return commonRefusal(answer, 'change', result) ?? commentRefused(answer, 400, 'The comment could not be changed.');
  const url = await commentAnchorPath(result.id);
  return commentDone(answer, { id: result.id, changed: result.changed, url }, result.changed ? 'Comment saved.' : 'Nothing changed.', url);
}
