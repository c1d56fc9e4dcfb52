import { db } from '@/lib/db';
import { EXPORT_PAPER_SELECT, exportedPaper } from '@/lib/export/paper-ref';
import type { ExportSection } from '@/lib/export/types';

/** The personal feed's parts of a reader's export: follows, "Not interested", digest history. */
export const FOLLOW_SECTIONS: ExportSection[] = [
  {
    key: 'follows',
    about: 'Categories, authors and searches you follow, oldest first.',
    build: async ({ id }) =>
      db.follow.findMany({ where: { userId: id }, orderBy: { createdAt: 'asc' }, select: { kind: true, value: true, createdAt: true } }),
  },
  {
    key: 'notInterested',
    about: 'Recommendations you turned down ("Not interested"): never recommended to you again.',
    build: async ({ id }) => {
      const rows = await db.dismissedPaper.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, select: { createdAt: true, paper: { select: EXPORT_PAPER_SELECT } } });
      return rows.map((row) => ({ dismissedAt: row.createdAt, paper: exportedPaper(row.paper) }));
    },
  },
  {
    key: 'personalDigestPapers',
    about: 'Papers your personal digest sent you, with the edition: never suggested to you again.',
    build: async ({ id }) => {
      const rows = await db.digestSentPaper.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, select: { digestKey: true, createdAt: true, paper: { select: EXPORT_PAPER_SELECT } } });
      return rows.map((row) => ({ edition: row.digestKey, sentAt: row.createdAt, paper: exportedPaper(row.paper) }));
    },
  },
];
