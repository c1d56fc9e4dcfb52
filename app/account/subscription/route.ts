import { receiveAccountForm } from '@/lib/accounts/account-form';
import { formDone, formRefusedBack } from '@/lib/http/form-post';
import { DIGEST_CONTENTS, DIGEST_FREQUENCIES } from '@/lib/subscribers/schema';
import { setAccountContent, setAccountFrequency, subscribeAccount, unsubscribeAccount } from '@/lib/subscribers/account-subscription';

/**
 * POST /account/subscription (do = frequency | content | unsubscribe | subscribe, frequency, content): the digest
 * subscription of the account's address. The session proves the address, so no emailed token is
 * needed; subscribing still asks for the usual confirmation by email (double opt-in).
 */
export async function POST(request: Request) {
  const form = await receiveAccountForm(request, 'settings');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const action = received.form.get('do');
  if (action === 'frequency') {
    const frequency = DIGEST_FREQUENCIES.find((value) => value === received.form.get('frequency'));
    if (!frequency) return formRefusedBack(received, 400, 'Choose daily or weekly.');
    const outcome = await setAccountFrequency(reader.email, frequency);
    if (outcome !== 'updated') return formRefusedBack(received, 409, 'Your address is not subscribed now: subscribe first.');
    return formDone(received, { frequency }, `Saved: you will get the digest ${frequency === 'daily' ? 'every weekday' : 'once a week, on Mondays'}.`);
  }
  if (action === 'content') {
    const content = DIGEST_CONTENTS.find((value) => value === received.form.get('content'));
    if (!content) return formRefusedBack(received, 400, 'Choose trending or personal.');
    if ((await setAccountContent(reader.email, content)) !== 'updated') return formRefusedBack(received, 409, 'Your address is not subscribed now: subscribe first.');
    return formDone(received, { content }, content === 'personal' ? 'Saved: your digest will list what you follow and papers like those you upvoted and saved, then trending.' : 'Saved: your digest will list the trending papers.');
  }
  if (action === 'unsubscribe') {
    await unsubscribeAccount(reader.email);
    return formDone(received, { status: 'unsubscribed' }, 'Unsubscribed: no more digests will be sent to your address.');
  }
  if (action === 'subscribe') {
    const outcome = await subscribeAccount(reader.email);
    if (outcome === 'mail-failed') return formRefusedBack(received, 503, 'The confirmation email could not be sent just now. Please try again in a few minutes.');
    if (outcome === 'rate-limited') return formRefusedBack(received, 429, 'A confirmation email was sent to your address a moment ago: check your inbox.');
    return formDone(received, { status: 'pending' }, 'Almost done: check your inbox and click the link we sent to confirm your subscription.');
  }
  return formRefusedBack(received, 400, 'Unknown subscription action.');
}
