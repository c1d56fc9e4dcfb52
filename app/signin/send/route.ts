import { requestSignInLink } from '@/lib/accounts/sign-in';
import { signInPath } from '@/lib/accounts/paths';
import { formRefusedBack, receiveForm, withParam } from '@/lib/http/form-post';
import { clientIpFrom } from '@/lib/http/client-ip';
import { redirectToPath } from '@/lib/http/redirect';

/** POST /signin/send (email, next): mails a sign-in link; answers "check your inbox" for any address. */
export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const { form } = received.value;
  const next = form.get('next') ?? '/';
  const back = signInPath(next);
  const result = await requestSignInLink(form.get('email'), next, clientIpFrom(request.headers), request.headers);
  const answer = { ...received.value, back };
  switch (result.status) {
    case 'sent':
      if (received.value.wantsJson) return Response.json({ ok: true, sent: true }, { headers: { 'cache-control': 'private, no-store' } });
      return redirectToPath(withParam(back, 'notice', 'sent'));
    case 'invalid':
      return formRefusedBack(answer, 400, result.message);
    case 'rate-limited':
      return formRefusedBack(answer, 429, `Too many sign-in links were asked for. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.`);
    case 'mail-failed':
      return formRefusedBack(answer, 503, 'The sign-in email could not be sent just now. Please try again in a few minutes.');
  }
}
