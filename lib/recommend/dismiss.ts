import { z } from 'zod';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';

/** "Not interested": `paper` (its id); `on=0` takes it back. */
export const dismissFormSchema = z.object({
  paper: z.string().regex(/^\d{1,10}$/, { error: 'No such paper.' }).transform(Number).pipe(z.number().int().positive().max(2_147_483_647, { error: 'No such paper.' })),
  on: z.enum(['0', '1'], { error: 'Say whether to dismiss (on=1) or not (on=0).' }).default('1').transform((value) => value === '1'),
});

/** Desired state: dismissed or not. A repeat changes nothing. */
export async function setDismissed(userId: string, paperId: number, on: boolean): Promise<'done' | 'no-paper'> {
  if (!on) {
    await db.dismissedPaper.deleteMany({ where: { userId, paperId } });
    return 'done';
  }
  if (!(await db.paper.findUnique({ where: { id: paperId }, select: { id: true } }))) return 'no-paper';
  try {
    await db.dismissedPaper.upsert({ where: { userId_paperId: { userId, paperId } }, create: { userId, paperId }, update: {} });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return 'done';
}
