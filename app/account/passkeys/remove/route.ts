import { receiveAccountForm } from '@/lib/accounts/account-form';
import { removePasskey } from '@/lib/accounts/passkeys';
import { formDone } from '@/lib/http/form-post';

/** POST /account/passkeys/remove (passkey): it no longer signs in. Works without JavaScript. */
export async function POST(request: Request) {
  const form = await receiveAccountForm(request, 'settings');
  if (!form.ok) return form.response;
  await removePasskey(form.reader.id, (form.received.form.get('passkey') ?? '').slice(0, 100));
  return formDone(form.received, {}, 'Passkey removed: it no longer signs in to your account.');
}
