import { getReader } from '@/lib/accounts/reader';
import { hitFollowLimits } from '@/lib/follows/follows';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formDone, formRefusedBack, receiveForm, signInFirst } from '@/lib/http/form-post';
import { dismissFormSchema, setDismissed } from '@/lib/recommend/dismiss';

/**
 * POST /for-you/dismiss (paper, on=1|0, back): "Not interested" under a recommendation. The
 * paper is never recommended to this reader again. A 303 back to For you (or JSON).
 */
export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst(received.value);
  const parsed = dismissFormSchema.safeParse(Object.fromEntries(received.value.form));
  if (!parsed.success) return formRefusedBack(received.value, 400, parsed.error.issues[0]?.message ?? 'The form could not be read.');
  const limit = await hitFollowLimits(reader.id, clientIpFrom(request.headers));
  if (!limit.allowed) return formRefusedBack(received.value, 429, `Too many changes at once: try again in ${limit.retryAfterSeconds} seconds.`, { retryAfterSeconds: limit.retryAfterSeconds });
  const { paper, on } = parsed.data;
  if ((await setDismissed(reader.id, paper, on)) === 'no-paper') return formRefusedBack(received.value, 404, 'No such paper.');
  return formDone(received.value, { paper, dismissed: on }, on ? 'Got it: you will not see that paper here again.' : undefined);
}
