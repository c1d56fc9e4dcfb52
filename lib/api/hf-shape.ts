import { createHash } from 'node:crypto';
import type { PaperDetail } from '@/lib/papers/types';

/**
 * Pure mappers from our paper's detail shape (lib/papers/types.ts) to the item shapes of Hugging Face's API
 * (/work/shared/docs/FORMATS.md, "Hugging Face daily papers API"), so clients written for
 * huggingface.co/api/daily_papers work against this app unchanged. Used by /api/daily_papers,
 * /api/papers/{id} and /api/papers/search.
 */
export interface HfAuthor {
  _id: string;
  name: string;
  hidden: boolean;
}

export interface HfPaper {
  id: string;
  authors: HfAuthor[];
  publishedAt: string;
  submittedOnDailyAt?: string;
  title: string;
  summary: string;
  upvotes: number;
  discussionId: string;
  githubRepo?: string;
  projectPage?: string;
}

export interface HfDailyItem {
  paper: HfPaper;
  publishedAt: string;
  title: string;
  summary: string;
  thumbnail: string;
  numComments: number;
  submittedBy: { name: string; fullname: string; avatarUrl: string | null } | null;
  isAuthorParticipating: boolean;
}

/**
 * Hugging Face ids are 24-hex MongoDB ObjectIds. We have none, so derive stable ones from what
 * identifies the thing: the same author of the same paper gets the same id on every request.
 */
function stableObjectId(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}

/** A paper without a known publication instant is dated by the day it was listed. */
function publishedInstant(paper: PaperDetail): string {
  if (paper.publishedAt) return paper.publishedAt.toISOString();
  return paper.listing ? `${paper.listing.day}T00:00:00.000Z` : new Date(0).toISOString();
}

export function toHfPaper(paper: PaperDetail): HfPaper {
  const code = paper.links.find((link) => link.kind === 'code')?.url;
  const project = paper.links.find((link) => link.kind === 'project')?.url;
  return {
    id: paper.slug,
    authors: paper.authors.map((author, index) => ({ _id: stableObjectId('author', paper.slug, index), name: author.name, hidden: false })),
    publishedAt: publishedInstant(paper),
    ...(paper.listing ? { submittedOnDailyAt: `${paper.listing.day}T00:00:00.000Z` } : {}),
    title: paper.title,
    summary: paper.abstract,
    upvotes: paper.upvotes,
    discussionId: stableObjectId('discussion', paper.slug),
    ...(code ? { githubRepo: code } : {}),
    ...(project ? { projectPage: project } : {}),
  };
}

/** `thumbnailUrl` is absolute (the paper's social image); the mapper knows no base URL. */
export function toHfDailyItem(paper: PaperDetail, thumbnailUrl: string): HfDailyItem {
  const submitter = paper.listing?.submittedBy ?? null;
  return {
    paper: toHfPaper(paper),
    publishedAt: publishedInstant(paper),
    title: paper.title,
    summary: paper.abstract,
    thumbnail: thumbnailUrl,
    numComments: paper.numComments,
    submittedBy: submitter ? { name: submitter, fullname: submitter, avatarUrl: null } : null,
    isAuthorParticipating: false,
  };
}
