import { getAuth } from '@/lib/accounts/auth';
import { receiveAccountForm } from '@/lib/accounts/account-form';
import { deleteAccount } from '@/lib/accounts/delete-account';
import { readerHintCookie } from '@/lib/accounts/reader-hint';
import { formRefusedBack } from '@/lib/http/form-post';

/**
 * POST /account/delete (confirm): deletes the account (lib/accounts/delete-account.ts) once the
 * reader has typed their username (or address, before choosing one), then signs this browser
 * out and goes home with a notice.
 */
export async function POST(request: Request) {
  const form = await receiveAccountForm(request, 'deleteAccount');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const expected = reader.username ?? reader.email;
  if ((received.form.get('confirm') ?? '').trim().toLowerCase() !== expected) {
    return formRefusedBack(received, 400, `To delete your account, type ${reader.username ? 'your username' : 'your email address'} (${expected}) exactly.`);
  }
  // The session cookie is cleared the way sign-out clears it (before the row goes with the user).
  const signedOut = await getAuth().api.signOut({ headers: request.headers, asResponse: true }).catch(() => null);
  await deleteAccount(reader.id);
  const headers = new Headers({ 'cache-control': 'private, no-store' });
  for (const cookie of signedOut?.headers.getSetCookie() ?? []) headers.append('set-cookie', cookie);
  headers.append('set-cookie', readerHintCookie(false));
  if (received.wantsJson) return Response.json({ ok: true, deleted: true }, { headers });
  headers.set('location', '/account/deleted');
  return new Response(null, { status: 303, headers });
}
