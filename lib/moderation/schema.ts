import { z } from 'zod';
import { REASON_MAX_LENGTH } from './log';

const reason = z
  .string()
  .max(REASON_MAX_LENGTH, `Keep the reason under ${REASON_MAX_LENGTH} characters.`)
  .optional()
  .transform((value) => value?.trim() || null);

const id = (what: string) => z.coerce.number({ error: `Which ${what}?` }).int(`Which ${what}?`).positive(`Which ${what}?`).max(2 ** 31 - 1, `Which ${what}?`);

/** POST /moderation/actions/comments */
export const commentActionSchema = z.object({
  commentId: id('comment'),
  action: z.enum(['hide', 'unhide', 'dismiss'], { error: 'Choose hide, unhide or dismiss.' }),
  reason,
});

/** POST /moderation/actions/submissions */
export const submissionActionSchema = z.object({
  paperId: id('paper'),
  action: z.enum(['hide', 'unhide'], { error: 'Choose hide or unhide.' }),
  reason,
});

/** POST /moderation/actions/users */
export const accountActionSchema = z.object({
  userId: z.string({ error: 'Which account?' }).min(1, 'Which account?').max(100, 'Which account?'),
  action: z.enum(['suspend', 'unsuspend'], { error: 'Choose suspend or unsuspend.' }),
  reason,
});
