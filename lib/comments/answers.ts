import { WELCOME_PATH } from '@/lib/accounts/paths';
import { formDone, formRefused, formRefusedBack, type ReceivedForm } from '@/lib/http/form-post';
import { redirectToPath } from '@/lib/http/redirect';
import { tooManyMessage, type CommentAction } from './limits';

/**
 * How the comment routes answer. Forms come from two kinds of page: the paper page (cached, the
 * same bytes for everyone, so it cannot show a message: a refusal gets a short page of its own,
 * success goes back to the comment's anchor) and /comments/<id> (private, per request: messages
 * travel in ?notice= / ?error=). Script gets JSON either way (lib/http/form-post.ts).
 */
export const COMMENT_PAGE_PREFIX = '/comments/';

const isPrivatePage = (received: ReceivedForm) => received.back.startsWith(COMMENT_PAGE_PREFIX);

export function commentDone(received: ReceivedForm, json: Record<string, unknown>, notice: string, backTo: string = received.back): Response {
  return formDone(received, json, received.wantsJson || backTo.startsWith(COMMENT_PAGE_PREFIX) ? notice : undefined, backTo);
}

export function commentRefused(received: ReceivedForm, status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return isPrivatePage(received) ? formRefusedBack(received, status, message, extra) : formRefused(received, status, message, extra);
}

/** A signed-in reader without a username chooses one first, then comes back. */
export function welcomeFirst(received: ReceivedForm): Response {
  const welcome = `${WELCOME_PATH}?next=${encodeURIComponent(received.back)}`;
  if (received.wantsJson) return Response.json({ ok: false, error: 'Choose a username first: it is shown on your comments.', welcome }, { status: 403, headers: { 'cache-control': 'private, no-store' } });
  return redirectToPath(welcome);
}

/** The refusals every comment write shares; null for results the route answers itself. */
export function commonRefusal(received: ReceivedForm, action: CommentAction, result: { status: string; retryAfterSeconds?: number; message?: string }): Response | null {
  switch (result.status) {
    case 'suspended':
      return commentRefused(received, 403, 'This account is suspended: it cannot comment, vote or report.');
    case 'no-username':
      return welcomeFirst(received);
    case 'rate-limited':
      return commentRefused(received, 429, tooManyMessage(action, result.retryAfterSeconds ?? 60), { retryAfterSeconds: result.retryAfterSeconds });
    case 'not-found':
      return commentRefused(received, 404, 'That comment does not exist or was removed.');
    case 'not-yours':
      return commentRefused(received, 403, 'Only its author can change a comment.');
    case 'hidden':
      return commentRefused(received, 409, 'A moderator hid this comment: it cannot be changed.');
    case 'deleted':
      return commentRefused(received, 409, 'This comment was deleted.');
    case 'no-paper':
      return commentRefused(received, 404, 'No such paper.');
    case 'no-parent':
      return commentRefused(received, 404, result.message ?? 'The comment you replied to does not exist.');
    default:
      return null;
  }
}
