import { receiveAccountForm } from '@/lib/accounts/account-form';
import { endSession } from '@/lib/accounts/sessions';
import { formDone, formRefusedBack } from '@/lib/http/form-post';

/** POST /account/sessions/end (session): signs one of the reader's other browsers out. */
export async function POST(request: Request) {
  const form = await receiveAccountForm(request, 'settings');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const result = await endSession(request.headers, reader.id, reader.sessionId, (received.form.get('session') ?? '').slice(0, 100));
  if (result === 'current') return formRefusedBack(received, 400, 'That is this browser: use “Sign out” to end it.');
  return formDone(received, { ended: result === 'ended' }, 'That session is ended: the browser is signed out.');
}
