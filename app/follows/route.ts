import { getReader } from '@/lib/accounts/reader';
import { hitFollowLimits, setFollow } from '@/lib/follows/follows';
import { FOLLOWING_PATH, followFormSchema, followKey, MAX_FOLLOWS } from '@/lib/follows/schema';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formDone, formRefused, formRefusedBack, receiveForm, signInFirst, type ReceivedForm } from '@/lib/http/form-post';

/**
 * POST /follows (kind = category | author | query, value, on = 1|0, back): the Follow buttons of
 * category pages, paper pages and search results, and Unfollow on /following. The desired
 * state, so a repeat changes nothing. Without script: a 303 to /following, which shows the
 * outcome and every follow (the page it came from is a cached copy that cannot); with script,
 * JSON {following, key}.
 */
/** /following shows a refusal in place (it reads ?error=); a cached page cannot, so it gets a short page. */
function refuse(received: ReceivedForm, status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return received.back.startsWith(FOLLOWING_PATH) ? formRefusedBack(received, status, message, extra) : formRefused(received, status, message, extra);
}

export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst(received.value);
  const parsed = followFormSchema.safeParse(Object.fromEntries(received.value.form));
  if (!parsed.success) return refuse(received.value, 400, parsed.error.issues[0]?.message ?? 'The follow could not be read.');
  const limit = await hitFollowLimits(reader.id, clientIpFrom(request.headers));
  if (!limit.allowed) return refuse(received.value, 429, `Too many changes at once: try again in ${limit.retryAfterSeconds} seconds.`, { retryAfterSeconds: limit.retryAfterSeconds });
  const { kind, value, on } = parsed.data;
  const result = await setFollow(reader.id, { kind, value }, on);
  if (result.status === 'too-many') return refuse(received.value, 409, `You follow ${MAX_FOLLOWS} things already: unfollow some first.`);
  const label = kind === 'query' ? `the search “${value}”` : value;
  const notice = result.following ? `Following ${label}.` : `No longer following ${label}.`;
  const back = received.value.back.startsWith(FOLLOWING_PATH) ? received.value.back : FOLLOWING_PATH;
  return formDone(received.value, { following: result.following, key: followKey({ kind, value }) }, notice, back);
}
