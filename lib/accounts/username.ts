import { z } from 'zod';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';

/** Names that would read as the site speaking, or collide with our own pages. */
const RESERVED = new Set(['admin', 'administrator', 'moderator', 'mod', 'mods', 'staff', 'support', 'root', 'system', 'daily-papers', 'dailypapers', 'deleted', 'deleted-user', 'anonymous', 'null', 'undefined', 'me', 'account', 'signin', 'signout', 'welcome', 'api', 'papers', 'ak']);

/**
 * A username: 3 to 30 lower-case letters, digits, "-" or "_", starting with a letter or digit.
 * Lower case only, so "Ada" and "ada" can never be two people.
 */
export const usernameSchema = z
  .string({ error: 'Choose a username.' })
  .trim()
  .transform((value) => value.toLowerCase())
  .pipe(
    z
      .string()
      .min(3, 'A username needs at least 3 characters.')
      .max(30, 'A username can be at most 30 characters long.')
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'Use only letters, digits, "-" and "_", starting with a letter or digit.')
      .refine((value) => !RESERVED.has(value), 'That name is reserved. Choose another.'),
  );

export type ChooseUsernameResult = { status: 'chosen'; username: string } | { status: 'invalid' | 'taken' | 'already-set'; message: string };

/**
 * Sets the reader's username, once (it names their comments and submissions; changing it
 * later would rewrite who said what). Safe to retry: the same name again is "chosen".
 */
export async function chooseUsername(userId: string, input: unknown): Promise<ChooseUsernameResult> {
  const parsed = usernameSchema.safeParse(input);
  if (!parsed.success) return { status: 'invalid', message: parsed.error.issues[0]?.message ?? 'Choose another username.' };
  const username = parsed.data;
  const user = await db.user.findUnique({ where: { id: userId }, select: { username: true } });
  if (user?.username === username) return { status: 'chosen', username };
  if (user?.username) return { status: 'already-set', message: `Your username is already ${user.username}.` };
  try {
    const { count } = await db.user.updateMany({ where: { id: userId, username: null }, data: { username } });
    if (count === 0) return { status: 'already-set', message: 'Your username is already set.' };
    return { status: 'chosen', username };
  } catch (error) {
    if (isUniqueViolation(error)) return { status: 'taken', message: `"${username}" is taken. Choose another.` };
    throw error;
  }
}
