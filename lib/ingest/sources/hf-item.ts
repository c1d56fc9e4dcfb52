import { z } from 'zod';
import { parseCalendarDate, toFeedDay, type FeedDay } from '@/lib/dates/feed-day';
import { parseArxivId } from '@/lib/papers/arxiv-id';
import type { PaperRecordInput } from '@/lib/papers/schema';
import { canonicalAbstract, collapseWhitespace, optionalText, parseInstant } from '../text';

/** The parts of a /api/daily_papers item this app uses (docs/FORMATS.md); the rest is ignored. */
export const hfItemSchema = z.looseObject({
  paper: z.looseObject({
    id: z.string(),
    title: z.string().optional(),
    summary: z.string().optional(),
    authors: z.array(z.looseObject({ name: z.string().optional() })).optional(),
    publishedAt: z.string().optional(),
    submittedOnDailyAt: z.string().nullish(),
    upvotes: z.number().int().nonnegative().optional(),
    githubRepo: z.string().nullish(),
    projectPage: z.string().nullish(),
  }),
  publishedAt: z.string().optional(),
  title: z.string().optional(),
  summary: z.string().optional(),
  numComments: z.number().int().nonnegative().optional(),
  submittedBy: z.looseObject({ name: z.string().optional(), fullname: z.string().optional() }).nullish(),
});

export type HfItem = z.infer<typeof hfItemSchema>;

export interface HfPaper {
  arxivId: string;
  day: FeedDay | null;
  upvotes: number;
  submittedBy: string | null;
  paper: PaperRecordInput;
}

/** An item as a paper. Its day is the one Hugging Face listed it on, else the file's date. */
export function hfItemToPaper(item: HfItem, fileDay: FeedDay | null): HfPaper | { error: string; detail: string } {
  const id = parseArxivId(item.paper.id);
  if (!id) return { error: 'invalid arXiv id', detail: item.paper.id };
  const submittedOn = parseInstant(item.paper.submittedOnDailyAt);
  const upvotes = item.paper.upvotes ?? 0;
  const links: NonNullable<PaperRecordInput['links']> = [];
  const code = optionalText(item.paper.githubRepo);
  const project = optionalText(item.paper.projectPage);
  if (code) links.push({ kind: 'code', url: code, title: null });
  if (project) links.push({ kind: 'project', url: project, title: null });
  return {
    arxivId: id.id,
    day: submittedOn ? toFeedDay(submittedOn) : fileDay,
    upvotes,
    submittedBy: optionalText(item.submittedBy?.name) ?? optionalText(item.submittedBy?.fullname),
    paper: {
      arxivId: id.id,
      arxivVersion: null,
      title: collapseWhitespace(item.paper.title ?? item.title ?? ''),
      abstract: canonicalAbstract(item.paper.summary ?? item.summary ?? ''),
      authors: (item.paper.authors ?? []).flatMap((author) => {
        const name = optionalText(author.name);
        return name ? [{ name, affiliation: null }] : [];
      }),
      publishedAt: parseInstant(item.paper.publishedAt ?? item.publishedAt),
      upvotes,
      numComments: item.numComments ?? 0,
      links,
    },
  };
}

/** `2025-09-04.json`, `daily_papers_2025-09-04.json`: the date a per-day file is for. */
export function dayFromFileName(file: string): FeedDay | null {
  const match = /(\d{4}-\d{2}-\d{2})(?!.*\d{4}-\d{2}-\d{2})/.exec(file.split(/[\\/]/).at(-1) ?? '');
  return match?.[1] ? parseCalendarDate(match[1]) : null;
}
