import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { readOrCreateSecret } from '@/lib/secrets/file-secret';

/** 256 random bits, URL-safe: unguessable confirmation tokens and per-subscriber keys. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so a copy of the database cannot confirm anyone. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function appSecret(): string {
  return readOrCreateSecret('app-secret', getEnv().APP_SECRET);
}

function sign(payload: string): string {
  return createHmac('sha256', appSecret()).update(payload).digest('base64url');
}

/**
 * The token in every email's preferences and unsubscribe links: the subscriber id and an
 * HMAC over it and the subscriber's key. No account, no password; replacing the key (or the
 * app secret) revokes every link sent before.
 */
export function createManageToken(subscriberId: number, manageKey: string): string {
  return `${subscriberId}.${sign(`manage:${subscriberId}:${manageKey}`)}`;
}

/** Reads the subscriber id out of a manage token; the signature is checked against the stored key. */
export function parseManageToken(token: string): { subscriberId: number; signature: string } | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  return { subscriberId: Number(match[1]), signature: match[2] ?? '' };
}

export function verifyManageSignature(subscriberId: number, manageKey: string, signature: string): boolean {
  const expected = Buffer.from(sign(`manage:${subscriberId}:${manageKey}`));
  const presented = Buffer.from(signature);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
