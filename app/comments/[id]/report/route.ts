import { getReader } from '@/lib/accounts/reader';
import { commentDone, commentRefused, commonRefusal } from '@/lib/comments/answers';
import { reportComment } from '@/lib/comments/report-comment';
import { commentIdSchema, firstIssue, reportFormSchema } from '@/lib/comments/schema';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formText, receiveForm, signInFirst } from '@/lib/http/form-post';

type Context = { params: Promise<{ id: string }> };

/** POST /comments/<id>/report (reason, details?, back): tells the moderators. */
export async function POST(request: Request, { params }: Context) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const answer = received.value;
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst(answer);
  const id = commentIdSchema.safeParse((await params).id);
  if (!id.success) return commentRefused(answer, 404, 'That comment does not exist.');
  const parsed = reportFormSchema.safeParse({ reason: answer.form.get('reason') ?? '', details: formText(answer.form, 'details') });
  if (!parsed.success) return commentRefused(answer, 400, firstIssue(parsed.error, 'The report could not be read.'));
  const result = await reportComment({ userId: reader.id, commentId: id.data, ...parsed.data, clientIp: clientIpFrom(request.headers) });
  if (result.status === 'own') return commentRefused(answer, 400, 'You cannot report your own comment: delete it instead.');
  if (result.status !== 'reported') return commonRefusal(answer, 'report', result) ?? commentRefused(answer, 400, 'The report could not be sent.');
  return commentDone(answer, { id: result.id, again: result.again }, 'Thank you: the moderators will look at this comment.');
}
