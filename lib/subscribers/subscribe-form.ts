import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import { classifySendError } from '@/lib/mail/smtp-errors';
import type { MailTransport } from '@/lib/mail/transport';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { formField } from './form-field';
import { subscribeFormSchema, type SubscribeField } from './schema';
import { subscribe, SubscriptionMailNotSentError } from './subscribe';

export type SubscribeState = ActionState<SubscribeField>;

/** The same words for a new, pending, confirmed or unsubscribed address: the form reveals nothing. */
export const SUBSCRIBE_ANSWER = 'Almost done: check your inbox and click the link we sent to confirm your subscription.';
const MAIL_FAILED_ANSWER = 'We could not send the confirmation email just now. Please try again in a few minutes.';
const SUBSCRIBES_PER_IP_PER_HOUR = 20;

/**
 * The sign-up form's whole answer, outside Next so it can be tested: parse, honeypot, the
 * per-network limit, then subscribe(). The client address is read only once the form is valid.
 */
export async function answerSubscribeForm(formData: FormData, clientIp: () => Promise<string>, options: { transport?: MailTransport } = {}): Promise<SubscribeState> {
  const submitted = { email: formField(formData, 'email', 1_000), website: formField(formData, 'website', 2_000) };
  const parsed = subscribeFormSchema.safeParse(submitted);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { status: 'error', message: fieldErrors.email?.[0] ?? 'Please check the form.', fieldErrors, values: { email: submitted.email } };
  }
  // A filled honeypot is a bot: answer exactly as for a person, store and send nothing.
  if (parsed.data.website !== '') return { status: 'success', message: SUBSCRIBE_ANSWER, fieldErrors: {}, values: {} };

  const limit = await hitRateLimit(`subscribe:ip:${await clientIp()}`, SUBSCRIBES_PER_IP_PER_HOUR, 3_600_000);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return {
      status: 'error',
      message: `Too many sign-ups from your network. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
      fieldErrors: {},
      values: { email: submitted.email },
    };
  }
  try {
    await subscribe(parsed.data.email, { transport: options.transport });
  } catch (error) {
    if (!(error instanceof SubscriptionMailNotSentError)) throw error;
    console.error('subscribe: email not sent:', classifySendError(error.cause).message);
    return { status: 'error', message: MAIL_FAILED_ANSWER, fieldErrors: {}, values: { email: submitted.email } };
  }
  return { status: 'success', message: SUBSCRIBE_ANSWER, fieldErrors: {}, values: {} };
}
