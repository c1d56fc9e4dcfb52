import { receiveAccountForm } from '@/lib/accounts/account-form';
import { endOtherSessions } from '@/lib/accounts/sessions';
import { formDone } from '@/lib/http/form-post';

/** POST /account/sessions/end-others: signs out every browser but this one. */
export async function POST(request: Request) {
  const form = await receiveAccountForm(request, 'settings');
  if (!form.ok) return form.response;
  const ended = await endOtherSessions(request.headers, form.reader.id, form.reader.sessionId);
  return formDone(form.received, { ended }, ended === 1 ? 'One other session is ended.' : `${ended} other sessions are ended.`);
}
