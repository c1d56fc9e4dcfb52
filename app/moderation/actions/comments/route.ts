import { dismissReports, hideComment, unhideComment } from '@/lib/moderation/comments';
import { receiveModerationForm } from '@/lib/moderation/receive-form';
import { commentActionSchema } from '@/lib/moderation/schema';

const ACT = { hide: hideComment, unhide: unhideComment, dismiss: dismissReports } as const;

/** POST /moderation/actions/comments (commentId, action=hide|unhide|dismiss, reason?, back). */
export async function POST(request: Request) {
  return receiveModerationForm(request, commentActionSchema, (actor, input) => ACT[input.action](actor, input.commentId, input.reason));
}
