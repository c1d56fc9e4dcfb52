import type { Reader } from '@/lib/accounts/reader';
import { getReader } from '@/lib/accounts/reader';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formRefused, receiveForm, signInFirst, type ReceivedForm } from '@/lib/http/form-post';
import { hitLibraryLimit, type LIBRARY_LIMITS } from './limits';

export type LibraryForm = { ok: true; reader: Reader; received: ReceivedForm } | { ok: false; response: Response };

/**
 * The start of every library form (save, collections): a same-origin form, a signed-in
 * reader (else to sign-in and back to the page), the account's and address's rate limit.
 */
export async function receiveLibraryForm(request: Request, limit: keyof typeof LIBRARY_LIMITS): Promise<LibraryForm> {
  const receipt = await receiveForm(request);
  if (!receipt.ok) return receipt;
  const received = receipt.value;
  const reader = await getReader(request.headers);
  if (!reader) return { ok: false, response: signInFirst(received) };
  const hit = await hitLibraryLimit(limit, reader.id, clientIpFrom(request.headers));
  if (!hit.allowed) {
    return { ok: false, response: formRefused(received, 429, `Too many changes at once: try again in ${hit.retryAfterSeconds} seconds.`, { retryAfterSeconds: hit.retryAfterSeconds }) };
  }
  return { ok: true, reader, received };
}

/** The first problem zod found, as the sentence a person reads. */
export function firstIssue(error: { issues: { message: string }[] }, fallback: string): string {
  return error.issues[0]?.message ?? fallback;
}
