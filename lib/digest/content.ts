import type { FeedDay } from '@/lib/dates/feed-day';
import type { ListOptions } from '@/lib/papers/list-options';
import { countListedPapers, listPaperSummaries, pageListQuery } from '@/lib/papers/list-queries';
import type { DigestEdition } from './edition';

export interface DigestPaper {
  id: number;
  slug: string;
  title: string;
  authors: string[];
  authorCount: number;
  excerpt: string;
  day: FeedDay;
  /** Why a personal digest picked it ("follows cs.LG", "like …: shares …"); none for trending. */
  reasons?: string[];
}

export interface DigestContent {
  edition: DigestEdition;
  papers: DigestPaper[];
  /** How many papers the period has in all (the digest shows the top ones). */
  total: number;
  subject: string;
  /** A personal copy (lib/digest/personal.ts): papers picked for one reader, then trending. */
  personal?: { picked: number };
}

const EXCERPT_LENGTH = 280;
const SUBJECT_TITLE_LENGTH = 70;

/** Cuts text at a word boundary and marks the cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.]+$/, '')}…`;
}

/** "Daily Papers, Thu Sep 4: Unified Embedding: Battle-Tested … and 9 more" */
export function digestSubject(edition: DigestEdition, papers: DigestPaper[]): string {
  const [top] = papers;
  if (!top) return `Daily Papers, ${edition.shortLabel}`;
  const rest = papers.length - 1;
  return `Daily Papers, ${edition.shortLabel}: ${excerpt(top.title, SUBJECT_TITLE_LENGTH)}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/** The digest's "trending papers" are the Trending sort of the lists (decision 019). */
export const DIGEST_LIST_OPTIONS: ListOptions = { sort: 'trending', category: null };

/**
 * The edition's top papers: the first `topN` of its page (the day's or the ISO week's, sorted
 * by Trending, as a reader opening the email's link sees it), by the very query that page runs.
 */
export async function loadDigestContent(edition: DigestEdition, topN: number): Promise<DigestContent> {
  const query = { ...pageListQuery(edition.list, DIGEST_LIST_OPTIONS), limit: topN };
  const [{ papers: rows }, total] = await Promise.all([listPaperSummaries(query), countListedPapers(query)]);
  const papers = rows.map((paper) => ({
    id: paper.id,
    slug: paper.slug,
    title: paper.title,
    authors: paper.authors,
    authorCount: paper.authorCount,
    excerpt: excerpt(paper.abstract, EXCERPT_LENGTH),
    day: paper.day,
  }));
  return { edition, papers, total, subject: digestSubject(edition, papers) };
}
