import { confirmEmailChange } from '@/lib/accounts/email-change';
import { hitAccountLimit, tooManyMessage } from '@/lib/accounts/limits';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formRefusedBack, receiveForm } from '@/lib/http/form-post';
import { redirectToPath } from '@/lib/http/redirect';

/**
 * POST /account/email/verify (token): the button on the page the confirmation link opens. The
 * token (mailed to the new address) is the proof; no session is needed, as the link may be
 * opened on another device. Then to the page that says what happened.
 */
export async function POST(request: Request) {
  const receipt = await receiveForm(request);
  if (!receipt.ok) return receipt.response;
  const received = { ...receipt.value, back: '/account/email/confirm' };
  const hit = await hitAccountLimit('emailConfirm', clientIpFrom(request.headers), null);
  if (!hit.allowed) {
    if (received.wantsJson) return formRefusedBack(received, 429, tooManyMessage(hit.retryAfterSeconds));
    return redirectToPath('/account/email/confirm?status=too-many');
  }
  const result = await confirmEmailChange(received.form.get('token'));
  if (received.wantsJson) return Response.json({ ok: result.status === 'changed', status: result.status }, { status: result.status === 'changed' ? 200 : 400, headers: { 'cache-control': 'private, no-store' } });
  return redirectToPath(`/account/email/confirm?status=${result.status}`);
}
