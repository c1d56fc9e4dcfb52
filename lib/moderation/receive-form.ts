import type { z } from 'zod';
import { getReader } from '@/lib/accounts/reader';
import { formDone, formRefused, formRefusedBack, receiveForm, signInFirst } from '@/lib/http/form-post';
import { clientIpFrom } from '@/lib/http/client-ip';
import { hitRateLimit } from '@/lib/rate-limit/fixed-window';
import { moderatorActor, type Actor } from './actor';
import type { ModerationOutcome } from './outcome';

/** Generous for a person working through a queue, small enough to stop a runaway script. */
export const MODERATION_ACTIONS_PER_HOUR = 600;
const HOUR_MS = 3_600_000;

const STATUS_OF: Record<ModerationOutcome['status'], number> = { done: 200, unchanged: 200, 'not-found': 404, refused: 409 };

/**
 * The one flow of every moderation form (app/moderation/actions/*): same-site form, a signed-in
 * moderator (signed out: to sign-in and back; anyone else: 403), the per-account and
 * per-address limits, the form's schema, then one domain function. Answered with a 303 back to
 * the moderation page with a notice or an error (or JSON for script).
 */
export async function receiveModerationForm<S extends z.ZodType>(request: Request, schema: S, act: (actor: Actor, input: z.output<S>) => Promise<ModerationOutcome>): Promise<Response> {
  const received = await receiveForm(request);
  if (!received.ok) return received.response;
  const form = received.value;
  const check = moderatorActor(await getReader(request.headers));
  if (!check.ok) return check.status === 401 ? signInFirst(form) : formRefused(form, 403, check.message);
  for (const key of [`moderation:user:${check.actor.id}`, `moderation:ip:${clientIpFrom(request.headers)}`]) {
    const hit = await hitRateLimit(key, MODERATION_ACTIONS_PER_HOUR, HOUR_MS);
    if (!hit.allowed) return formRefusedBack(form, 429, `Too many moderation actions: try again in ${Math.ceil(hit.retryAfterSeconds / 60)} minutes.`);
  }
  const parsed = schema.safeParse(Object.fromEntries(form.form));
  if (!parsed.success) return formRefusedBack(form, 400, parsed.error.issues[0]?.message ?? 'The form was not filled in right.');
  const outcome = await act(check.actor, parsed.data);
  const status = STATUS_OF[outcome.status];
  if (status !== 200) return formRefusedBack(form, status, outcome.message, { status: outcome.status });
  return formDone(form, { status: outcome.status }, outcome.message);
}
