import { getReader } from '@/lib/accounts/reader';
import { commentDone, commentRefused, commonRefusal, welcomeFirst } from '@/lib/comments/answers';
import { editComment } from '@/lib/comments/edit-comment';
import { commentAnchorPath } from '@/lib/comments/queries';
import { commentIdSchema, editFormSchema, firstIssue } from '@/lib/comments/schema';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formText, receiveForm, signInFirst } from '@/lib/http/form-post';

type Context = { params: Promise<{ id: string }> };

/** POST /comments/<id>/edit (body, back): the author replaces the text; marked "edited". */
export async function POST(request: Request, { params }: Context) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const answer = received.value;
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst(answer);
  if (!reader.username) return welcomeFirst(answer);
  const id = commentIdSchema.safeParse((await params).id);
  if (!id.success) return commentRefused(answer, 404, 'That comment does not exist.');
  const parsed = editFormSchema.safeParse({ body: formText(answer.form, 'body') });
  if (!parsed.success) return commentRefused(answer, 400, firstIssue(parsed.error, 'The comment could not be read.'));
  const result = await editComment({ userId: reader.id, commentId: id.data, body: parsed.data.body, clientIp: clientIpFrom(request.headers) });
  if (result.status !== 'edited') return commonRefusal(answer, 'change', result) ?? commentRefused(answer, 400, 'The comment could not be changed.');
  const url = await commentAnchorPath(result.id);
  return commentDone(answer, { id: result.id, changed: result.changed, url }, result.changed ? 'Comment saved.' : 'Nothing changed.', url);
}
