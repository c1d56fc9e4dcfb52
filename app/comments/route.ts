import { getReader } from '@/lib/accounts/reader';
import { commentDone, commentRefused, commonRefusal, welcomeFirst } from '@/lib/comments/answers';
import { postComment } from '@/lib/comments/post-comment';
import { commentAnchorPath } from '@/lib/comments/queries';
import { firstIssue, postFormSchema } from '@/lib/comments/schema';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formText, receiveForm, signInFirst } from '@/lib/http/form-post';

/**
 * POST /comments (paper, parent?, body, back): a new comment under a paper, or a reply. Without
 * script, a 303 to the paper page at the new comment (this instance dropped its cached copy, so
 * the author sees it at once); with script, JSON {id, parentId, numComments, url}.
 */
export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const answer = received.value;
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst(answer);
  if (!reader.username) return welcomeFirst(answer);
  const { form } = answer;
  const parsed = postFormSchema.safeParse({ paper: form.get('paper') ?? '', parent: form.get('parent') ?? undefined, body: formText(form, 'body') });
  if (!parsed.success) return commentRefused(answer, 400, firstIssue(parsed.error, 'The comment could not be read.'));
  const result = await postComment({ userId: reader.id, paperId: parsed.data.paper, parentId: parsed.data.parent, body: parsed.data.body, clientIp: clientIpFrom(request.headers) });
  if (result.status !== 'posted') return commonRefusal(answer, 'post', result) ?? commentRefused(answer, 400, 'The comment could not be posted.');
  const url = await commentAnchorPath(result.id);
  return commentDone(answer, { id: result.id, parentId: result.parentId, numComments: result.numComments, duplicate: result.duplicate, url }, result.duplicate ? 'You had already posted this comment.' : 'Comment posted.', url);
}
