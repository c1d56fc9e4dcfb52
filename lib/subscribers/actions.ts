'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import { clientIpFrom } from '@/lib/http/client-ip';
import { classifySendError } from '@/lib/mail/smtp-errors';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { confirmSubscription } from './confirm';
import { updateFrequency } from './manage';
import { preferencesFormSchema, subscribeFormSchema, tokenFieldSchema, type SubscribeField } from './schema';
import { ConfirmationNotSentError, subscribe } from './subscribe';

export type SubscribeState = ActionState<SubscribeField>;

/** The same words for a new, pending, confirmed or unsubscribed address: the form reveals nothing. */
const SUBSCRIBE_ANSWER = 'Almost done: check your inbox and click the link we sent to confirm your subscription.';
const SUBSCRIBES_PER_IP_PER_HOUR = 20;

function field(formData: FormData, name: string, max: number): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export async function subscribeAction(_previous: SubscribeState, formData: FormData): Promise<SubscribeState> {
  const submitted = { email: field(formData, 'email', 1_000), website: field(formData, 'website', 2_000) };
  const parsed = subscribeFormSchema.safeParse(submitted);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { status: 'error', message: fieldErrors.email?.[0] ?? 'Please check the form.', fieldErrors, values: { email: submitted.email } };
  }
  // A filled honeypot is a bot: answer exactly as for a person, store and send nothing.
  if (parsed.data.website !== '') return { status: 'success', message: SUBSCRIBE_ANSWER, fieldErrors: {}, values: {} };

  const limit = await hitRateLimit(`subscribe:ip:${clientIpFrom(await headers())}`, SUBSCRIBES_PER_IP_PER_HOUR, 3_600_000);
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
    await subscribe(parsed.data.email);
  } catch (error) {
    if (!(error instanceof ConfirmationNotSentError)) throw error;
    console.error('subscribe: confirmation email not sent:', classifySendError(error.cause).message);
    return {
      status: 'error',
      message: 'We could not send the confirmation email just now. Please try again in a few minutes.',
      fieldErrors: {},
      values: { email: submitted.email },
    };
  }
  return { status: 'success', message: SUBSCRIBE_ANSWER, fieldErrors: {}, values: {} };
}

export type ConfirmState = ActionState<'token'> & { manageToken?: string | null };

export async function confirmAction(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const token = tokenFieldSchema.safeParse(field(formData, 'token', 300));
  const result = token.success ? await confirmSubscription(token.data) : { state: 'invalid' as const, manageToken: null };
  if (result.state === 'confirmed' || result.state === 'already-confirmed') {
    return { status: 'success', message: 'Your subscription is confirmed. Trending papers will arrive in your inbox.', fieldErrors: {}, values: {}, manageToken: result.manageToken };
  }
  return {
    status: 'error',
    message: result.state === 'expired' ? 'This confirmation link has expired. Subscribe again to get a new one.' : 'This confirmation link is not valid. Subscribe again to get a new one.',
    fieldErrors: {},
    values: {},
  };
}

export type PreferencesState = ActionState<'frequency' | 'token'>;

export async function updatePreferencesAction(_previous: PreferencesState, formData: FormData): Promise<PreferencesState> {
  const parsed = preferencesFormSchema.safeParse({ token: field(formData, 'token', 300), frequency: field(formData, 'frequency', 20) });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { status: 'error', message: fieldErrors.frequency?.[0] ?? 'This link is not valid.', fieldErrors, values: {} };
  }
  const outcome = await updateFrequency(parsed.data.token, parsed.data.frequency);
  if (outcome === 'updated') {
    const when = parsed.data.frequency === 'daily' ? 'every weekday' : 'once a week, on Mondays';
    return { status: 'success', message: `Saved: you will get the digest ${when}.`, fieldErrors: {}, values: { frequency: parsed.data.frequency } };
  }
  return {
    status: 'error',
    message: outcome === 'not-subscribed' ? 'This address is not subscribed any more. Subscribe again to choose a digest.' : 'This link is not valid.',
    fieldErrors: {},
    values: {},
  };
}
