'use server';

import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import { subscribeFormSchema, type SubscribeField } from './schema';
import { subscribe } from './subscribe';

export type SubscribeState = ActionState<SubscribeField>;

const SUCCESS_MESSAGE = 'Thanks! You are on the list for the trending-papers digest.';

export async function subscribeAction(_previous: SubscribeState, formData: FormData): Promise<SubscribeState> {
  const submitted = {
    email: typeof formData.get('email') === 'string' ? String(formData.get('email')).slice(0, 1_000) : '',
    website: typeof formData.get('website') === 'string' ? String(formData.get('website')).slice(0, 2_000) : '',
  };
  const parsed = subscribeFormSchema.safeParse(submitted);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      status: 'error',
      message: fieldErrors.email?.[0] ?? 'Please check the form and try again.',
      fieldErrors,
      values: { email: submitted.email },
    };
  }
  // A filled honeypot is a bot: answer exactly as for a person, store nothing.
  if (parsed.data.website === '') await subscribe(parsed.data.email);
  return { status: 'success', message: SUCCESS_MESSAGE, fieldErrors: {}, values: {} };
}
