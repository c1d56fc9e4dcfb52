import { getReader, type Reader } from '@/lib/accounts/reader';
import { clientIpFrom } from '@/lib/http/client-ip';
import { receiveForm, signInFirst, type ReceivedForm } from '@/lib/http/form-post';
import { commentRefused, welcomeFirst } from './answers';
import { commentIdSchema } from './schema';

export type CommentForm =
  | { ok: true; answer: ReceivedForm; reader: Reader; commentId: number; clientIp: string }
  | { ok: false; response: Response };

/**
 * What every POST /comments/<id>/… route checks first, in this order: the form itself (same
 * origin, size), a signed-in reader (else to sign-in and back), a username when the action
 * shows one (`needsUsername`), and a comment id that can exist (else 404).
 */
export async function receiveCommentForm(request: Request, rawId: string, { needsUsername = false } = {}): Promise<CommentForm> {
  const received = await receiveForm(request);
  if (!received.ok) return received;
  const answer = received.value;
  const reader = await getReader(request.headers);
  if (!reader) return { ok: false, response: signInFirst(answer) };
  if (needsUsername && !reader.username) return { ok: false, response: welcomeFirst(answer) };
  const id = commentIdSchema.safeParse(rawId);
  if (!id.success) return { ok: false, response: commentRefused(answer, 404, 'That comment does not exist.') };
  return { ok: true, answer, reader, commentId: id.data, clientIp: clientIpFrom(request.headers) };
}
