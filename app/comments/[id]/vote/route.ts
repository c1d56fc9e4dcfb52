import { getReader } from '@/lib/accounts/reader';
import { commentDone, commentRefused, commonRefusal } from '@/lib/comments/answers';
import { commentIdSchema, commentVoteFormSchema, firstIssue } from '@/lib/comments/schema';
import { setCommentVote } from '@/lib/comments/vote-comment';
import { clientIpFrom } from '@/lib/http/client-ip';
import { receiveForm, signInFirst } from '@/lib/http/form-post';

type Context = { params: Promise<{ id: string }> };

/** POST /comments/<id>/vote (up=1|0, back): the reader's upvote as a desired state. */
export async function POST(request: Request, { params }: Context) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const answer = received.value;
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst(answer);
  const id = commentIdSchema.safeParse((await params).id);
  if (!id.success) return commentRefused(answer, 404, 'That comment does not exist.');
  const parsed = commentVoteFormSchema.safeParse({ up: answer.form.get('up') ?? '' });
  if (!parsed.success) return commentRefused(answer, 400, firstIssue(parsed.error, 'The vote could not be read.'));
  const result = await setCommentVote({ userId: reader.id, commentId: id.data, up: parsed.data.up, clientIp: clientIpFrom(request.headers) });
  if (result.status === 'own') return commentRefused(answer, 400, 'You cannot upvote your own comment.');
  if (result.status !== 'done') return commonRefusal(answer, 'vote', result) ?? commentRefused(answer, 400, 'The vote could not be counted.');
  return commentDone(answer, { id: result.id, upvoted: result.upvoted, upvotes: result.upvotes }, result.upvoted ? 'Upvoted.' : 'Upvote withdrawn.');
}
