import { receiveModerationForm } from '@/lib/moderation/receive-form';
import { submissionActionSchema } from '@/lib/moderation/schema';
import { hideSubmission, unhideSubmission } from '@/lib/moderation/submissions';

const ACT = { hide: hideSubmission, unhide: unhideSubmission } as const;

/** POST /moderation/actions/submissions (paperId, action=hide|unhide, reason?, back). */
export async function POST(request: Request) {
  return receiveModerationForm(request, submissionActionSchema, (actor, input) => ACT[input.action](actor, input.paperId, input.reason));
}
