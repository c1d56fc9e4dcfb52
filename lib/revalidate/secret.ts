import { timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { readOrCreateSecret } from '@/lib/secrets/file-secret';

/**
 * The secret the CLIs that change data (seed, ingest) present to the running app, which then
 * revalidates its cached pages: REVALIDATE_SECRET, or data/revalidate-secret on one machine.
 */
export function getRevalidateSecret(root: string = process.cwd()): string {
  return readOrCreateSecret('revalidate-secret', getEnv().REVALIDATE_SECRET, root);
}

/** Compares a presented `Authorization: Bearer …` header with a secret in constant time. */
export function isValidBearer(authorization: string | null, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const presented = Buffer.from(match[1]);
  const expected = Buffer.from(secret);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

export function isValidRevalidateToken(authorization: string | null): boolean {
  return isValidBearer(authorization, getRevalidateSecret());
}
