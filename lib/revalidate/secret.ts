import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The shared secret between the running app and the CLIs that change data (seed, ingest),
 * which ask the app to revalidate its cached pages. REVALIDATE_SECRET when set (needed when
 * the app runs on several machines); otherwise a random one kept in data/revalidate-secret,
 * which the app and the CLIs on one machine both read, so the embedded default needs no setup.
 */
export function getRevalidateSecret(root: string = process.cwd()): string {
  const fromEnv = process.env.REVALIDATE_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(root, 'data', 'revalidate-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // 'wx' fails if another process created it first; then read theirs.
  try {
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}

/** Compares a presented bearer token with the secret in constant time. */
export function isValidRevalidateToken(authorization: string | null, secret: string = getRevalidateSecret()): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const presented = Buffer.from(match[1]);
  const expected = Buffer.from(secret);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
