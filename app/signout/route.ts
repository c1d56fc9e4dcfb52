import { getAuth } from '@/lib/accounts/auth';
import { readerHintCookie } from '@/lib/accounts/reader-hint';
import { receiveForm } from '@/lib/http/form-post';

/** POST /signout (back): ends this browser's session and goes back. */
export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const response = await getAuth().api.signOut({ headers: request.headers, asResponse: true }).catch(() => null);
  const headers = new Headers({ location: received.value.back, 'cache-control': 'private, no-store' });
  for (const cookie of response?.headers.getSetCookie() ?? []) headers.append('set-cookie', cookie);
  headers.append('set-cookie', readerHintCookie(false));
  return new Response(null, { status: 303, headers });
}
