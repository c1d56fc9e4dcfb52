import { getReader, type Reader } from '@/lib/accounts/reader';
import { requestSignInLink, verifySignInLink } from '@/lib/accounts/sign-in';
import { chooseUsername } from '@/lib/accounts/username';
import { linkIn, type SmtpSink } from './mail';

const browser = () => new Headers({ origin: 'http://127.0.0.1:3000', 'user-agent': 'test' });

export interface SignedInReader {
  reader: Reader;
  /** Request headers carrying the session cookie, as the browser would send them. */
  cookie: string;
}

/**
 * Signs an address in the way the site does (an emailed link through the real SMTP sink, then
 * the POST), chooses a username, and returns the reader with their cookie. Throws if refused.
 */
export async function signInReader(sink: SmtpSink, email: string, username?: string): Promise<SignedInReader> {
  const status = await trySignIn(sink, email);
  if (status.status !== 'signed-in') throw new Error(`${email} was not signed in: ${status.status}`);
  let reader = await getReader(new Headers({ cookie: status.cookie }));
  if (!reader) throw new Error(`${email}: no reader for the new session`);
  if (username && !reader.username) {
    await chooseUsername(reader.id, username);
    reader = (await getReader(new Headers({ cookie: status.cookie }))) ?? reader;
  }
  return { reader, cookie: status.cookie };
}

/** One sign-in attempt: 'signed-in' with the cookie, or why not ('suspended', 'invalid', 'expired'). */
export async function trySignIn(sink: SmtpSink, email: string): Promise<{ status: 'signed-in'; cookie: string } | { status: 'invalid' | 'expired' | 'suspended' }> {
  await requestSignInLink(email, '/', '127.0.0.1', browser());
  const message = sink.to(email).at(-1);
  const link = new URL(linkIn(message?.parsed.text, '/signin/confirm?token='));
  const result = await verifySignInLink(link.searchParams.get('token'), '/', browser());
  if (result.status !== 'signed-in') return { status: result.status };
  return { status: 'signed-in', cookie: result.setCookies.map((line) => line.split(';', 1)[0]).join('; ') };
}
