import { safeNextPath, signInPath, WELCOME_PATH } from '@/lib/accounts/paths';
import { readerHintCookie } from '@/lib/accounts/reader-hint';
import { verifySignInLink } from '@/lib/accounts/sign-in';
import { formRefusedBack, receiveForm } from '@/lib/http/form-post';

const REFUSED = {
  invalid: [400, 'This sign-in link does not work: it was used already (each link works once) or copied incompletely. Ask for a new one.'],
  expired: [400, 'This sign-in link has expired (links work for 15 minutes). Ask for a new one.'],
  suspended: [403, 'This account is suspended and cannot sign in.'],
} as const;

/**
 * POST /signin/verify (token, next): the button on the page a sign-in link opens. Signs in
 * (a new session cookie), then goes on to `next`, or first to choosing a username.
 */
export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const { form } = received.value;
  const result = await verifySignInLink(form.get('token'), form.get('next'), request.headers);
  if (result.status !== 'signed-in') {
    const [status, message] = REFUSED[result.status];
    return formRefusedBack({ ...received.value, back: signInPath(form.get('next') ?? '/') }, status, message);
  }
  const next = safeNextPath(result.next);
  const location = result.needsUsername ? `${WELCOME_PATH}${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}` : next;
  const headers = new Headers({ location, 'cache-control': 'private, no-store' });
  for (const cookie of result.setCookies) headers.append('set-cookie', cookie);
  headers.append('set-cookie', readerHintCookie(true));
  if (received.value.wantsJson) {
    headers.delete('location');
    headers.set('content-type', 'application/json');
    return new Response(JSON.stringify({ ok: true, location }), { status: 200, headers });
  }
  return new Response(null, { status: 303, headers });
}
