import { db } from '@/lib/db';
import { FOLLOW_SECTIONS } from '@/lib/follows/export-sections';
import { LIBRARY_SECTIONS } from '@/lib/library/export-sections';
import { ACCOUNT_SECTIONS } from './account-sections';
import type { ExportSection } from './types';

/**
 * "Download your data" (issue 14, item 6): one JSON document with everything this site holds
 * about a reader. Each part is one ExportSection; a feature that stores something per reader
 * adds its section to this list (and deleting the account must remove what it stores:
 * tests/unit/library-export-db.test.ts checks both for every section listed here).
 */
export const EXPORT_SECTIONS: readonly ExportSection[] = [...ACCOUNT_SECTIONS, ...LIBRARY_SECTIONS, ...FOLLOW_SECTIONS];

export const EXPORT_FORMAT = 'daily-papers-export/1';

export async function buildAccountExport(userId: string, now: Date = new Date(), sections: readonly ExportSection[] = EXPORT_SECTIONS): Promise<Record<string, unknown> | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) return null;
  const document: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    sections: Object.fromEntries(sections.map((section) => [section.key, section.about])),
  };
  // One after another: a reader's rows are few, and this keeps one connection busy, not ten.
  for (const section of sections) document[section.key] = await section.build(user);
  return document;
}

/** `daily-papers-<username>-2026-12-01.json` */
export function exportFileName(username: string | null, now: Date = new Date()): string {
  const who = (username ?? 'account').replace(/[^A-Za-z0-9_-]/g, '');
  return `daily-papers-${who || 'account'}-${now.toISOString().slice(0, 10)}.json`;
}
