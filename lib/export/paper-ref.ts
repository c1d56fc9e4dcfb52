import { paperPath } from '@/lib/papers/paper-ref';
import { absoluteUrl } from '@/lib/site-url';
import type { ExportedPaper } from './types';

export const EXPORT_PAPER_SELECT = { slug: true, arxivId: true, title: true } as const;

export function exportedPaper(paper: { slug: string; arxivId: string | null; title: string }): ExportedPaper {
  return { slug: paper.slug, arxivId: paper.arxivId, title: paper.title, url: absoluteUrl(paperPath(paper.slug)) };
}
