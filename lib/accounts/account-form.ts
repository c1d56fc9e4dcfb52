import { clientIpFrom } from '@/lib/http/client-ip';
import { formRefusedBack, receiveForm, signInFirst, type ReceivedForm } from '@/lib/http/form-post';
import { ACCOUNT_PATH } from './paths';
import { hitAccountLimit, tooManyMessage, type AccountLimit } from './limits';
import { getReader, type Reader } from './reader';

export type AccountForm = { ok: true; reader: Reader; received: ReceivedForm } | { ok: false; response: Response };

/**
 * The start of every account-page form: same-origin form (receiveForm), a signed-in reader
 * (else to sign-in and back), the rate limits per address and per account. Answers go back
 * to the account page, which shows `?notice=` or `?error=`.
 */
export async function receiveAccountForm(request: Request, limit: AccountLimit): Promise<AccountForm> {
  const receipt = await receiveForm(request);
  if (!receipt.ok) return receipt;
  const received = { ...receipt.value, back: ACCOUNT_PATH };
  const reader = await getReader(request.headers);
  if (!reader) return { ok: false, response: signInFirst(received) };
  const hit = await hitAccountLimit(limit, clientIpFrom(request.headers), reader.id);
  if (!hit.allowed) return { ok: false, response: formRefusedBack(received, 429, tooManyMessage(hit.retryAfterSeconds)) };
  return { ok: true, reader, received };
}
