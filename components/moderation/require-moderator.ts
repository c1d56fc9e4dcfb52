import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { signInPath } from '@/lib/accounts/paths';
import { getReader } from '@/lib/accounts/reader';
import { moderatorActor, type Actor } from '@/lib/moderation/actor';

/**
 * The gate of every moderation page (rendered per request, never cached): a signed-out visitor
 * goes to sign-in and comes back to `path`; a signed-in reader who is not a moderator gets the
 * 403 page (app/moderation/forbidden.tsx).
 */
export async function requireModerator(path: string): Promise<Actor> {
  const check = moderatorActor(await getReader(await headers()));
  if (check.ok) return check.actor;
  if (check.status === 401) redirect(signInPath(path));
  forbidden();
}
