import { z } from 'zod';
import { db } from '@/lib/db';

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: Date | null;
  /** Synced across the reader's devices (a password manager), or bound to one device. */
  synced: boolean;
}

export const passkeyNameSchema = z
  .string({ error: 'Give the passkey a name.' })
  .trim()
  .min(1, 'Give the passkey a name.')
  .max(60, 'A passkey name can be at most 60 characters long.');

export async function listPasskeys(userId: string): Promise<PasskeySummary[]> {
  const rows = await db.passkey.findMany({
    where: { userId },
    select: { id: true, name: true, createdAt: true, backedUp: true },
    orderBy: { createdAt: 'asc' },
    take: 100,
  });
  return rows.map((row, index) => ({ id: row.id, name: row.name?.trim() || `Passkey ${index + 1}`, createdAt: row.createdAt, synced: row.backedUp }));
}

export type PasskeyChange = { status: 'done' } | { status: 'not-found' } | { status: 'invalid'; message: string };

/** Renames one of the reader's own passkeys (only theirs: the id alone is not enough). */
export async function renamePasskey(userId: string, passkeyId: string, name: unknown): Promise<PasskeyChange> {
  const parsed = passkeyNameSchema.safeParse(name);
  if (!parsed.success) return { status: 'invalid', message: parsed.error.issues[0]?.message ?? 'Give the passkey a name.' };
  const { count } = await db.passkey.updateMany({ where: { id: passkeyId, userId }, data: { name: parsed.data } });
  return count ? { status: 'done' } : { status: 'not-found' };
}

/** Removes one of the reader's passkeys. Idempotent: removing it again is "done". */
export async function removePasskey(userId: string, passkeyId: string): Promise<PasskeyChange> {
  await db.passkey.deleteMany({ where: { id: passkeyId, userId } });
  return { status: 'done' };
}
