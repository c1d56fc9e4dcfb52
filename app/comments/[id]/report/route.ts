import { commentDone, commentRefused, commonRefusal } from '@/lib/comments/answers';
import { receiveCommentForm } from '@/lib/comments/receive-comment-form';
import { reportComment } from '@/lib/comments/report-comment';
import { firstIssue, reportFormSchema } from '@/lib/comments/schema';
import { formText } from '@/lib/http/form-post';

type Context = { params: Promise<{ id: string }> };

/** POST /comments/<id>/report (reason, details?, back): tells the moderators. */
export async function POST(request: Request, { params }: Context) {
  const form = await receiveCommentForm(request, (await params).id);
  if (!form.ok) return form.response;
  const { answer, reader, commentId, clientIp } = form;
  const parsed = reportFormSchema.safeParse({ reason: answer.form.get('reason') ?? '', details: formText(answer.form, 'details') });
  if (!parsed.success) return commentRefused(answer, 400, firstIssue(parsed.error, 'The report could not be read.'));
  const result = await reportComment({ userId: reader.id, commentId, ...parsed.data, clientIp });
  if (result.status === 'own') return commentRefused(answer, 400, 'You cannot report your own comment: delete it instead.');
  if (result.status !== 'reported') return commonRefusal(answer, 'report', result) ?? commentRefused(answer, 400, 'The report could not be sent.');
  return commentDone(answer, { id: result.id, again: result.again }, 'Thank you: the moderators will look at this comment.');
}
