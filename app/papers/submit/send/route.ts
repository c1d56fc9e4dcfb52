import { WELCOME_PATH } from '@/lib/accounts/paths';
import { getReader } from '@/lib/accounts/reader';
import { paperChanged } from '@/lib/community/page-changes';
import { getEnv } from '@/lib/env';
import { clientIpFrom } from '@/lib/http/client-ip';
import { formDone, formError, formRefusedBack, receiveForm, signInFirst } from '@/lib/http/form-post';
import { redirectToPath } from '@/lib/http/redirect';
import { paperPath } from '@/lib/papers/paper-ref';
import { hitSubmissionAttempt } from '@/lib/submissions/attempt-limits';
import { submissionArxivClient } from '@/lib/submissions/arxiv-client';
import { SUBMIT_PATH } from '@/lib/submissions/paths';
import { MAX_REFERENCE_LENGTH } from '@/lib/submissions/reference';
import { submitPaper } from '@/lib/submissions/submit-paper';

/** POST /papers/submit/send (paper: an arXiv id or link): lists the paper today, submitted by the reader. */
export async function POST(request: Request) {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const typed = (received.value.form.get('paper') ?? '').trim().slice(0, MAX_REFERENCE_LENGTH);
  // Refusals go back to the form with what was typed, so it can be corrected.
  const again = (listedSlug?: string) => {
    const params = new URLSearchParams(typed ? { paper: typed } : {});
    if (listedSlug) params.set('listed', listedSlug);
    return { ...received.value, back: `${SUBMIT_PATH}${params.size > 0 ? `?${params.toString()}` : ''}` };
  };
  const reader = await getReader(request.headers);
  if (!reader) return signInFirst({ ...received.value, back: SUBMIT_PATH });
  if (!reader.username) {
    const welcome = `${WELCOME_PATH}?next=${encodeURIComponent(SUBMIT_PATH)}`;
    if (received.value.wantsJson) return formError(true, 403, 'Choose a username first.', { welcome });
    return redirectToPath(welcome);
  }
  const wait = await hitSubmissionAttempt(reader.id, clientIpFrom(request.headers));
  if (wait !== null) return formRefusedBack(again(), 429, `Too many submissions were tried from here. Try again in ${Math.ceil(wait / 60)} minutes.`);

  const env = getEnv();
  const submitter = { id: reader.id, username: reader.username };
  const options = { client: submissionArxivClient(env), apiUrl: env.ARXIV_API_URL, limits: { dailyLimit: env.SUBMIT_DAILY_LIMIT, maxAgeDays: env.SUBMIT_MAX_AGE_DAYS } };
  let result: Awaited<ReturnType<typeof submitPaper>>;
  try {
    result = await submitPaper(typed, submitter, options);
  } catch (error) {
    console.error('submission failed:', error);
    return formRefusedBack(again(), 503, 'The paper could not be saved just now, and nothing was listed. Please try again in a minute.');
  }
  if (result.status === 'refused') {
    return formRefusedBack(again(result.slug), result.httpStatus, result.message, result.slug ? { paper: paperPath(result.slug) } : {});
  }
  if (!result.repeated) await paperChanged(result.paperId);
  const path = paperPath(result.slug);
  const notice = result.repeated ? 'You had already submitted this paper.' : 'Submitted: it is listed today, as submitted by you.';
  const done = `${SUBMIT_PATH}?${new URLSearchParams({ submitted: result.slug }).toString()}`;
  return formDone({ ...received.value, back: done }, { paper: path, day: result.day, title: result.title, repeated: result.repeated }, notice);
}
