import { receiveAccountForm } from '@/lib/accounts/account-form';
import { renamePasskey } from '@/lib/accounts/passkeys';
import { formDone, formRefusedBack } from '@/lib/http/form-post';

/** POST /account/passkeys/rename (passkey, name). */
export async function POST(request: Request) {
  const form = await receiveAccountForm(request, 'settings');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const result = await renamePasskey(reader.id, (received.form.get('passkey') ?? '').slice(0, 100), received.form.get('name') ?? '');
  if (result.status === 'invalid') return formRefusedBack(received, 400, result.message);
  if (result.status === 'not-found') return formRefusedBack(received, 404, 'That passkey is not on your account any more.');
  return formDone(received, {}, 'Passkey renamed.');
}
