import { z } from 'zod';
import { parseArxivId } from './arxiv-id';

export const LINK_KINDS = ['abs', 'pdf', 'code', 'project', 'doi', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const paperLinkSchema = z.object({
  kind: z.enum(LINK_KINDS),
  url: z.url({ protocol: /^https?$/, error: 'Links must be http(s) URLs' }),
  title: optionalText(200),
});

export const paperAuthorSchema = z.object({
  name: z.string().trim().min(1).max(300),
  affiliation: optionalText(500),
});

/**
 * Size caps every write path applies (docs/decisions/014-one-write-path.md). arXiv itself takes
 * at most 1,920 characters of abstract; 5,000 leaves room for other sources' markup and TeX
 * spelled out, and bounds what one crafted record can cost each page that renders it. The
 * largest real bylines have ~5,200 names (ATLAS and CMS together), hence 10,000.
 */
export const MAX_TITLE_LENGTH = 1_000;
export const MAX_ABSTRACT_LENGTH = 5_000;
export const MAX_AUTHORS = 10_000;

/**
 * One paper, normalised: what every source (seed page, arXiv API, OAI-PMH, snapshot, Hugging
 * Face) turns its own format into before anything is written.
 */
export const paperRecordSchema = z.object({
  arxivId: z
    .string()
    .nullish()
    .transform((value) => value ?? null)
    .refine((value) => value === null || parseArxivId(value)?.version === null, {
      error: 'arxivId must be a bare arXiv id without a version suffix',
    }),
  arxivVersion: z.number().int().positive().nullish().transform((value) => value ?? null),
  title: z.string().trim().min(1, 'A paper needs a title').max(MAX_TITLE_LENGTH),
  abstract: z.string().trim().min(1, 'A paper needs an abstract').max(MAX_ABSTRACT_LENGTH),
  authors: z.array(paperAuthorSchema).max(MAX_AUTHORS).default([]),
  categories: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
  publishedAt: z.date().nullish().transform((value) => value ?? null),
  comment: optionalText(2_000),
  journalRef: optionalText(1_000),
  doi: optionalText(300),
  links: z.array(paperLinkSchema).max(50).default([]),
  upvotes: z.number().int().nonnegative().default(0),
  numComments: z.number().int().nonnegative().default(0),
});

export type PaperRecordInput = z.input<typeof paperRecordSchema>;
export type PaperRecord = z.output<typeof paperRecordSchema>;
