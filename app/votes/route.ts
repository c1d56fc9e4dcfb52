import { getReader } from '@/lib/accounts/reader';
import { hitVoteLimits, setVote, voteFormSchema } from '@/lib/community/votes';
import { paperChanged } from '@/lib/community/page-changes';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formDone, formRefused, receiveForm, signInFirst } from '@/lib/http/form-post';

/**
 * POST /votes (paper, up=1|0, back): the upvote button of every card and paper page. Without
 * script, a 303 back to the card (`back` carries its #anchor), whose page now shows the new
 * count; with script, JSON {upvoted, upvotes}. Not under /papers/…: that is a catch-all page.
 */
export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst(received.value);
  const parsed = voteFormSchema.safeParse(Object.fromEntries(received.value.form));
  if (!parsed.success) return formRefused(received.value, 400, parsed.error.issues[0]?.message ?? 'The vote could not be read.');
  const limit = await hitVoteLimits(reader.id, clientIpFrom(request.headers));
  if (!limit.allowed) return formRefused(received.value, 429, `Too many votes at once: try again in ${limit.retryAfterSeconds} seconds.`, { retryAfterSeconds: limit.retryAfterSeconds });
  const { paper, up } = parsed.data;
  const result = await setVote(reader.id, paper, up);
  if (result.status === 'no-paper') return formRefused(received.value, 404, 'No such paper.');
  if (result.status === 'suspended') return formRefused(received.value, 403, 'This account is suspended: it cannot vote.');
  // Only a vote that changed something drops pages (a repeated request changes nothing).
  if (result.changed) await paperChanged(paper);
  return formDone(received.value, { paper, upvoted: result.upvoted, upvotes: result.upvotes });
}
