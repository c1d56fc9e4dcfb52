import { z } from 'zod';
import type { FeedDay } from '@/lib/dates/feed-day';
import type { PaperWrite } from '@/lib/ingest/write-papers';

/** The shape of prisma/seed/*.json: one feed day and its papers in page order. */
export const seedDaySchema = z.object({
  day: z.iso.date(),
  source: z.string().min(1),
  papers: z
    .array(
      z.object({
        title: z.string().min(1),
        abstract: z.string().min(1),
        codeUrl: z.url().nullable(),
      }),
    )
    .min(1),
});

export type SeedDay = z.infer<typeof seedDaySchema>;

/** Turns a seed day into paper writes: rank is the page position, the code link becomes a link. */
export function toPaperWrites(seed: SeedDay): PaperWrite[] {
  return seed.papers.map((paper, index) => ({
    paper: {
      title: paper.title,
      abstract: paper.abstract,
      links: paper.codeUrl ? [{ kind: 'code', url: paper.codeUrl, title: null }] : [],
    },
    listing: { day: seed.day as FeedDay, rank: index + 1, submittedBy: null },
  }));
}
