import type { Reader } from '@/lib/accounts/reader';
import { getReader } from '@/lib/accounts/reader';
import { signInPath } from '@/lib/accounts/paths';

/** The signed-in reader of a private library page, or where to send a signed-out one. */
export async function readerOrSignIn(headers: Headers, here: string): Promise<{ reader: Reader } | { redirectTo: string }> {
  const reader = await getReader(headers);
  return reader ? { reader } : { redirectTo: signInPath(here) };
}
