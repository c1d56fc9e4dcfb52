import { safeNextPath, signInPath } from '@/lib/accounts/paths';
import { getReader } from '@/lib/accounts/reader';
import { chooseUsername } from '@/lib/accounts/username';
import { formDone, formRefusedBack, receiveForm } from '@/lib/http/form-post';
import { redirectToPath } from '@/lib/http/redirect';

/** POST /welcome/username (username, next): the name shown on the reader's comments and submissions. */
export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const reader = await getReader(request.headers);
  const next = safeNextPath(received.value.form.get('next'));
  if (!reader) return redirectToPath(signInPath('/welcome'));
  const result = await chooseUsername(reader.id, received.value.form.get('username'));
  if (result.status === 'chosen') return formDone({ ...received.value, back: next }, { username: result.username });
  const back = `/welcome${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`;
  return formRefusedBack({ ...received.value, back }, result.status === 'taken' ? 409 : 400, result.message);
}
