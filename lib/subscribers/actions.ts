'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import { clientIpFrom } from '@/lib/http/client-ip';
import { confirmSubscription } from './confirm';
import { formField } from './form-field';
import { updateFrequency } from './manage';
import { preferencesFormSchema, tokenFieldSchema } from './schema';
import { answerSubscribeForm, type SubscribeState } from './subscribe-form';

export type { SubscribeState };

export async function subscribeAction(_previous: SubscribeState, formData: FormData): Promise<SubscribeState> {
  return answerSubscribeForm(formData, async () => clientIpFrom(await headers()));
}

export type ConfirmState = ActionState<'token'> & { manageToken?: string | null };

export async function confirmAction(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const token = tokenFieldSchema.safeParse(formField(formData, 'token', 300));
  const result = token.success ? await confirmSubscription(token.data) : { state: 'invalid' as const, manageToken: null };
  if (result.state === 'confirmed') {
    return { status: 'success', message: 'Your subscription is confirmed. Trending papers will arrive in your inbox.', fieldErrors: {}, values: {}, manageToken: result.manageToken };
  }
  return {
    status: 'error',
    message: result.state === 'expired' ? 'This confirmation link has expired. Subscribe again to get a new one.' : 'This confirmation link is not valid or was already used. Subscribe again to get a new one.',
    fieldErrors: {},
    values: {},
  };
}

export type PreferencesState = ActionState<'frequency' | 'token'>;

export async function updatePreferencesAction(_previous: PreferencesState, formData: FormData): Promise<PreferencesState> {
  const parsed = preferencesFormSchema.safeParse({ token: formField(formData, 'token', 300), frequency: formField(formData, 'frequency', 20) });
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
