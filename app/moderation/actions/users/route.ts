import { suspendAccount, unsuspendAccount } from '@/lib/moderation/accounts';
import { receiveModerationForm } from '@/lib/moderation/receive-form';
import { accountActionSchema } from '@/lib/moderation/schema';

const ACT = { suspend: suspendAccount, unsuspend: unsuspendAccount } as const;

/** POST /moderation/actions/users (userId, action=suspend|unsuspend, reason?, back). */
export async function POST(request: Request) {
  return receiveModerationForm(request, accountActionSchema, (actor, input) => ACT[input.action](actor, input.userId, input.reason));
}
