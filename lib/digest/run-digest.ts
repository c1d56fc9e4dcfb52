import { z } from 'zod';
import { parseCalendarDate, type FeedDay } from '@/lib/dates/feed-day';
import { loadDigestContent, type DigestContent } from './content';
import { readDigestEnv, type DigestEnv } from './digest-options';
import { resolveEdition, type DigestKind } from './edition';
import { sendDigest, type SendOptions, type SendSummary } from './send-digest';

/** The scheduler endpoint's query: ?date=YYYY-MM-DD&weekly=1 (both optional). */
export const digestRequestSchema = z.object({
  date: z
    .string()
    .refine((value) => parseCalendarDate(value) !== null, { error: 'date must be a calendar date like 2025-09-04' })
    .optional(),
  weekly: z.enum(['0', '1', 'true', 'false']).optional(),
});

export type PreparedDigest = { status: 'ready'; content: DigestContent } | { status: 'nothing-to-send'; reason: string };

/** The edition and its papers, or why there is nothing to send. */
export async function prepareDigest(kind: DigestKind, day: FeedDay | undefined, topN: number): Promise<PreparedDigest> {
  const edition = await resolveEdition(kind, day);
  if (!edition) return { status: 'nothing-to-send', reason: 'There are no papers yet: import or seed some first.' };
  const content = await loadDigestContent(edition, topN);
  if (content.papers.length === 0) return { status: 'nothing-to-send', reason: `No papers listed for ${edition.longLabel}.` };
  return { status: 'ready', content };
}

export function sendOptionsFromEnv(env: DigestEnv): Partial<SendOptions> {
  return { rate: env.DIGEST_RATE, concurrency: env.DIGEST_CONCURRENCY, maxAttempts: env.DIGEST_MAX_ATTEMPTS, retryBaseMs: env.DIGEST_RETRY_BASE_MS };
}

export type DigestRun = { status: 'sent'; summary: SendSummary } | { status: 'nothing-to-send'; reason: string };

/** One run with the environment's settings, for the scheduler endpoint. */
export async function runDigest(request: z.infer<typeof digestRequestSchema>): Promise<DigestRun> {
  const env = readDigestEnv();
  const kind = request.weekly === '1' || request.weekly === 'true' ? 'weekly' : 'daily';
  const prepared = await prepareDigest(kind, request.date as FeedDay | undefined, env.DIGEST_TOP_N);
  if (prepared.status !== 'ready') return prepared;
  return { status: 'sent', summary: await sendDigest(prepared.content, sendOptionsFromEnv(env)) };
}
