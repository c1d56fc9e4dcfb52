import type { db } from '@/lib/db';
import { feedDayToDate, formatFeedDayLong, type FeedDay } from '@/lib/dates/feed-day';
import { refuse, type Refusal, type SubmissionLimits, type SubmissionResult, type Submitter } from './types';

type Reads = Pick<typeof db, 'user' | 'paper' | 'listing'>;

/** What decides a submission before arXiv is asked, and again inside the write's transaction. */
export interface SubmissionState {
  submitter: { username: string | null; suspended: boolean } | null;
  /** The paper, if the catalogue has it; its listing, if listed. */
  paper: {
    id: number;
    slug: string;
    title: string;
    listing: { day: FeedDay; submittedById: string | null; hidden: boolean } | null;
  } | null;
  /** Listings this account created since the start of today (UTC). */
  submittedToday: number;
}

export async function readSubmissionState(reads: Reads, arxivId: string, submitterId: string, today: FeedDay): Promise<SubmissionState> {
  // One after another: inside an interactive transaction the queries share one connection.
  const user = await reads.user.findUnique({ where: { id: submitterId }, select: { username: true, suspendedAt: true } });
  const paper = await reads.paper.findUnique({
    where: { arxivId },
    select: { id: true, slug: true, title: true, listing: { select: { day: true, submittedById: true, hiddenAt: true } } },
  });
  const submittedToday = await reads.listing.count({ where: { submittedById: submitterId, createdAt: { gte: feedDayToDate(today) } } });
  return {
    submitter: user ? { username: user.username, suspended: user.suspendedAt !== null } : null,
    paper: paper && {
      id: paper.id,
      slug: paper.slug,
      title: paper.title,
      listing: paper.listing && { day: paper.listing.day as FeedDay, submittedById: paper.listing.submittedById, hidden: paper.listing.hiddenAt !== null },
    },
    submittedToday,
  };
}

/**
 * The rules that need no arXiv answer, in the order a reader can act on them. Returns the
 * answer when the state alone settles it (a refusal, or the reader's own earlier submission of
 * this paper: a retry is answered as a success, without writing), else null: go on.
 * An imported paper that is in the catalogue but on no list may be listed by a submission.
 */
export function decideFromState(state: SubmissionState, submitter: Submitter, arxivId: string, limits: SubmissionLimits): SubmissionResult | null {
  if (!state.submitter) return refuse('suspended', 'This account no longer exists.');
  if (state.submitter.suspended) return refuse('suspended', 'This account is suspended: it cannot submit papers.');
  if (!state.submitter.username) return refuse('no-username', 'Choose a username first: it is shown on the papers you submit.');
  if (limits.dailyLimit === 0) return refuse('closed', 'Submissions are turned off on this site.');
  const listing = state.paper?.listing;
  if (state.paper && listing) {
    if (listing.submittedById === submitter.id && !listing.hidden) {
      return { status: 'submitted', paperId: state.paper.id, slug: state.paper.slug, title: state.paper.title, day: listing.day, repeated: true };
    }
    if (listing.hidden) return refuse('hidden', `${arxivId} was taken off the lists by a moderator, so it cannot be submitted again.`, state.paper.slug);
    return refuse('listed', `${arxivId} is already listed, on ${formatFeedDayLong(listing.day)}.`, state.paper.slug);
  }
  if (state.submittedToday >= limits.dailyLimit) return dailyLimitRefusal(limits.dailyLimit);
  return null;
}

function dailyLimitRefusal(limit: number): Refusal {
  const papers = limit === 1 ? 'one paper' : `${limit} papers`;
  return refuse('daily-limit', `You have submitted ${papers} today, the most one account may. You can submit again after midnight UTC.`);
}
