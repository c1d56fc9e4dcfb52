import { z } from 'zod';
import type { PaperUpsert } from '@/lib/papers/mutations';

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

/** Turns a seed day into upserts: rank is the page position, the code link becomes a link. */
export function toPaperUpserts(seed: SeedDay): PaperUpsert[] {
  return seed.papers.map((paper, index) => ({
    paper: {
      title: paper.title,
      abstract: paper.abstract,
      links: paper.codeUrl ? [{ kind: 'code', url: paper.codeUrl, title: null }] : [],
    },
    listing: { day: seed.day, rank: index + 1, submittedBy: null, source: seed.source },
  }));
}
