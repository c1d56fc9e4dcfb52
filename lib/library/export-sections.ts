import { db } from '@/lib/db';
import { EXPORT_PAPER_SELECT, exportedPaper } from '@/lib/export/paper-ref';
import type { ExportSection } from '@/lib/export/types';
import { collectionPath } from './paths';
import { absoluteUrl } from '@/lib/site-url';

/** The library's parts of a reader's export: saved papers, and collections with their notes. */
export const LIBRARY_SECTIONS: ExportSection[] = [
  {
    key: 'savedPapers',
    about: 'Papers you saved, newest first.',
    build: async ({ id }) => {
      const rows = await db.savedPaper.findMany({ where: { userId: id }, orderBy: { createdAt: 'desc' }, select: { createdAt: true, paper: { select: EXPORT_PAPER_SELECT } } });
      return rows.map((row) => ({ savedAt: row.createdAt, paper: exportedPaper(row.paper) }));
    },
  },
  {
    key: 'collections',
    about: 'Your collections, each with its papers and your note on each.',
    build: async ({ id }) => {
      const rows = await db.collection.findMany({
        where: { userId: id },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          title: true,
          description: true,
          visibility: true,
          createdAt: true,
          updatedAt: true,
          papers: { orderBy: { addedAt: 'asc' }, select: { note: true, addedAt: true, paper: { select: EXPORT_PAPER_SELECT } } },
        },
      });
      return rows.map(({ papers, ...collection }) => ({
        ...collection,
        url: collection.visibility === 'public' ? absoluteUrl(collectionPath(collection.id)) : null,
        papers: papers.map((entry) => ({ addedAt: entry.addedAt, note: entry.note, paper: exportedPaper(entry.paper) })),
      }));
    },
  },
];
