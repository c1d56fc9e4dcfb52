import { z } from 'zod';

/** A comment's text: 1 to 10,000 characters once trimmed (line ends already \n). */
export const COMMENT_MAX_LENGTH = 10_000;

export const commentBodySchema = z
  .string({ error: 'Write a comment first.' })
  .trim()
  .min(1, { error: 'Write a comment first.' })
  .max(COMMENT_MAX_LENGTH, { error: `A comment can be at most ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters long.` });

const rowId = (what: string) =>
  z
    .string({ error: `No such ${what}.` })
    .regex(/^\d{1,10}$/, { error: `No such ${what}.` })
    .transform(Number)
    .pipe(z.number().int().positive({ error: `No such ${what}.` }).max(2_147_483_647, { error: `No such ${what}.` }));

/** The id in /comments/<id>/… */
export const commentIdSchema = rowId('comment');

/** POST /comments: a new comment on `paper`, or a reply when `parent` is given. */
export const postFormSchema = z.object({
  paper: rowId('paper'),
  parent: z.union([z.literal('').transform(() => null), rowId('comment')]).optional().transform((value) => value ?? null),
  body: commentBodySchema,
});

export const editFormSchema = z.object({ body: commentBodySchema });

/** A comment vote is the desired state: 1 upvoted, 0 not (a retry changes nothing). */
export const commentVoteFormSchema = z.object({
  up: z.enum(['0', '1'], { error: 'Say whether to upvote (up=1) or not (up=0).' }).transform((value) => value === '1'),
});

/** Why a reader reports a comment: a short list moderators can sort by, plus optional words. */
export const REPORT_REASONS = {
  spam: 'Spam or advertising',
  abuse: 'Harassment, hate or abuse',
  'off-topic': 'Off topic',
  other: 'Something else',
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

export const REPORT_DETAILS_MAX_LENGTH = 500;

export const reportFormSchema = z.object({
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], { error: 'Choose a reason for the report.' }),
  details: z
    .string()
    .trim()
    .max(REPORT_DETAILS_MAX_LENGTH, { error: `Say it in at most ${REPORT_DETAILS_MAX_LENGTH} characters.` })
    .optional()
    .transform((value) => value || null),
});

/**
 * How a report is stored in CommentReport.reason (one column): the reason's code, then the
 * reader's words after ": " when given ("spam", "other: copied from another paper").
 */
export function reportReasonText(reason: ReportReason, details: string | null): string {
  return details ? `${reason}: ${details.replace(/\s+/g, ' ')}` : reason;
}

/** The first message of a failed parse, for a 400. */
export function firstIssue(error: z.ZodError, fallback: string): string {
  return error.issues[0]?.message ?? fallback;
}
