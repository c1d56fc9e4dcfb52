/**
 * What a moderation action did. `unchanged` is a retry or a second moderator acting on the same
 * thing: not an error, and not logged twice (nothing changed).
 */
export type ModerationOutcome =
  | { status: 'done'; message: string }
  | { status: 'unchanged'; message: string }
  | { status: 'not-found'; message: string }
  | { status: 'refused'; message: string };

export const done = (message: string): ModerationOutcome => ({ status: 'done', message });
export const unchanged = (message: string): ModerationOutcome => ({ status: 'unchanged', message });
export const notFound = (message: string): ModerationOutcome => ({ status: 'not-found', message });
export const refused = (message: string): ModerationOutcome => ({ status: 'refused', message });
