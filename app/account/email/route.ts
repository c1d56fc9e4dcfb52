import { receiveAccountForm } from '@/lib/accounts/account-form';
import { EMAIL_CHANGE_MINUTES, requestEmailChange } from '@/lib/accounts/email-change';
import { formDone, formRefusedBack } from '@/lib/http/form-post';

/** POST /account/email (email): mails a confirmation link to the new address; nothing changes yet. */
export async function POST(request: Request) {
  const form = await receiveAccountForm(request, 'emailChange');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const result = await requestEmailChange(reader, received.form.get('email'));
  if (result.status === 'invalid') return formRefusedBack(received, 400, result.message);
  if (result.status === 'mail-failed') return formRefusedBack(received, 503, 'The confirmation email could not be sent just now. Please try again in a few minutes.');
  return formDone(
    received,
    { sent: true },
    `Check the new address’s inbox: open the link there (it works for ${EMAIL_CHANGE_MINUTES} minutes) and press the button. Your address changes only then.`,
  );
}
