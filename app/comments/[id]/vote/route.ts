import { commentDone, commentRefused, commonRefusal } from '@/lib/comments/answers';
import { receiveCommentForm } from '@/lib/comments/receive-comment-form';
import { commentVoteFormSchema, firstIssue } from '@/lib/comments/schema';
import { setCommentVote } from '@/lib/comments/vote-comment';

type Context = { params: Promise<{ id: string }> };

/** POST /comments/<id>/vote (up=1|0, back): the reader's upvote as a desired state. */
export async function POST(request: Request, { params }: Context) {
  const form = await receiveCommentForm(request, (await params).id);
  if (!form.ok) return form.response;
  const { answer, reader, commentId, clientIp } = form;
  const parsed = commentVoteFormSchema.safeParse({ up: answer.form.get('up') ?? '' });
  if (!parsed.success) return commentRefused(answer, 400, firstIssue(parsed.error, 'The vote could not be read.'));
  const result = await setCommentVote({ userId: reader.id, commentId, up: parsed.data.up, clientIp });
  if (result.status === 'own') return commentRefused(answer, 400, 'You cannot upvote your own comment.');
  if (result.status !== 'done') return commonRefusal(answer, 'vote', result) ?? commentRefused(answer, 400, 'The vote could not be counted.');
  return commentDone(answer, { id: result.id, upvoted: result.upvoted, upvotes: result.upvotes }, result.upvoted ? 'Upvoted.' : 'Upvote withdrawn.');
}
