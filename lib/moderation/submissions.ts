import { db } from '@/lib/db';
import { paperChanged } from '@/lib/community/page-changes';
import type { Actor } from './actor';
import { recordAction } from './log';
import { done, notFound, unchanged, type ModerationOutcome } from './outcome';

/**
 * Hiding a submission takes the paper out of every list (day, week, month, category, home,
 * API, feeds, digest: lib/papers/list-queries.ts reads only listings with hiddenAt null). The
 * paper itself stays in the catalogue: its page still answers at its URL (docs/decisions/022).
 */
export async function hideSubmission(actor: Actor, paperId: number, reason?: string | null): Promise<ModerationOutcome> {
  return setListingHidden(actor, paperId, true, reason);
}

export async function unhideSubmission(actor: Actor, paperId: number, reason?: string | null): Promise<ModerationOutcome> {
  return setListingHidden(actor, paperId, false, reason);
}

async function setListingHidden(actor: Actor, paperId: number, hide: boolean, reason?: string | null): Promise<ModerationOutcome> {
  const result = await db.$transaction(async (tx) => {
    const listing = await tx.listing.findUnique({ where: { paperId }, select: { paper: { select: { slug: true } } } });
    if (!listing) return null;
    const { count } = await tx.listing.updateMany({
      where: { paperId, hiddenAt: hide ? null : { not: null } },
      data: { hiddenAt: hide ? new Date() : null },
    });
    if (count > 0) await recordAction(tx, actor, hide ? 'hide-submission' : 'unhide-submission', { type: 'submission', id: listing.paper.slug }, reason);
    return { slug: listing.paper.slug, changed: count > 0 };
  });
  if (!result) return notFound(`Paper ${paperId} is not listed.`);
  if (!result.changed) return unchanged(hide ? `${result.slug} was already hidden from the lists.` : `${result.slug} is not hidden.`);
  await paperChanged(paperId);
  return done(hide ? `${result.slug} is hidden from every list.` : `${result.slug} is listed again.`);
}

export interface SubmissionRow {
  paperId: number;
  slug: string;
  title: string;
  day: string;
  submittedBy: string | null;
  submittedAt: Date;
  hiddenAt: Date | null;
}

export const SUBMISSIONS_PAGE_SIZE = 50;

/** Papers readers submitted on this site, newest first, hidden ones included (to unhide them). */
export async function listRecentSubmissions(page: number): Promise<{ submissions: SubmissionRow[]; hasMore: boolean }> {
  const rows = await db.listing.findMany({
    where: { OR: [{ submittedById: { not: null } }, { source: 'submission' }] },
    orderBy: [{ createdAt: 'desc' }, { paperId: 'desc' }],
    skip: (Math.max(1, page) - 1) * SUBMISSIONS_PAGE_SIZE,
    take: SUBMISSIONS_PAGE_SIZE + 1,
    select: { paperId: true, day: true, submittedBy: true, createdAt: true, hiddenAt: true, paper: { select: { slug: true, title: true } } },
  });
  return {
    submissions: rows.slice(0, SUBMISSIONS_PAGE_SIZE).map((row) => ({
      paperId: row.paperId,
      slug: row.paper.slug,
      title: row.paper.title,
      day: row.day,
      submittedBy: row.submittedBy,
      submittedAt: row.createdAt,
      hiddenAt: row.hiddenAt,
    })),
    hasMore: rows.length > SUBMISSIONS_PAGE_SIZE,
  };
}
