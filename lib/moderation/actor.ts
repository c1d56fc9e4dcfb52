import type { Reader } from '@/lib/accounts/reader';

declare const AUTHORIZED: unique symbol;

/**
 * Who does a moderation action, as the log records it. Every function of lib/moderation takes
 * one, and one can only be had from `moderatorActor` (a signed-in moderator) or `operatorActor`
 * (the operator's CLI): the type checker refuses an action by anyone else.
 */
export interface Actor {
  /** The moderator's account; null for the operator's CLI. */
  readonly id: string | null;
  /** What the log shows: the moderator's username, or "cli:<os user>". */
  readonly name: string;
  readonly [AUTHORIZED]: true;
}

export type ActorCheck = { ok: true; actor: Actor } | { ok: false; status: 401 | 403; message: string };

/** A signed-in moderator may act; a signed-out visitor signs in first (401), a reader may not (403). */
export function moderatorActor(reader: Reader | null): ActorCheck {
  if (!reader) return { ok: false, status: 401, message: 'Sign in first.' };
  if (reader.role !== 'moderator') return { ok: false, status: 403, message: 'Only moderators can do this.' };
  // A moderator who has not chosen a username yet is named by address (the log is for moderators only).
  return { ok: true, actor: { id: reader.id, name: reader.username ?? reader.email } as Actor };
}

/** The operator at the command line (npm run users), named by their account on the machine. */
export function operatorActor(osUser: string): Actor {
  return { id: null, name: `cli:${osUser || 'unknown'}` } as Actor;
}
