import { z } from 'zod';

/** RFC 5321 limits: 64 octets for the local part, 254 for the whole forward path. */
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

/**
 * An email address as people type it, normalised: trimmed and lower-cased. RFC 5321 lets the
 * local part be case-sensitive, but no mainstream provider treats it so, and lower-casing the
 * whole address is what keeps "Ada@Example.com" and "ada@example.com" one subscriber.
 */
export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, 'Enter your email address.')
  .max(MAX_EMAIL_LENGTH, `An email address can be at most ${MAX_EMAIL_LENGTH} characters long.`)
  .refine((value) => !/[\s\p{Cc}]/u.test(value), 'An email address cannot contain spaces or line breaks.')
  .refine((value) => value.includes('@'), 'An email address needs an "@", as in name@example.com.')
  .refine(
    (value) => (value.split('@')[0] ?? '').length <= MAX_LOCAL_PART_LENGTH,
    `The part before the "@" can be at most ${MAX_LOCAL_PART_LENGTH} characters long.`,
  )
  .pipe(z.email({ error: 'Enter an address like name@example.com: this one is not a valid email address.' }))
  .transform((value) => value.toLowerCase());

/** The public subscribe form. `website` is a honeypot: hidden from people, filled by bots. */
export const subscribeFormSchema = z.object({
  email: emailSchema,
  website: z.string().max(2_000).optional().default(''),
});

export type SubscribeForm = z.infer<typeof subscribeFormSchema>;
export type SubscribeField = keyof z.input<typeof subscribeFormSchema>;

export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'bounced'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export const DIGEST_FREQUENCIES = ['daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** trending: the edition's top papers; personal: an account's follows and recommendations first (docs/decisions/028). */
export const DIGEST_CONTENTS = ['trending', 'personal'] as const;
export type DigestContentChoice = (typeof DIGEST_CONTENTS)[number];

/** Tokens arrive in URLs and form fields: bounded and charset-checked before any lookup. */
export const tokenFieldSchema = z.string().trim().min(1, 'This link is incomplete.').max(200, 'This link is not valid.');

export const preferencesFormSchema = z.object({
  token: tokenFieldSchema,
  frequency: z.enum(DIGEST_FREQUENCIES, { error: 'Choose daily or weekly.' }),
});
