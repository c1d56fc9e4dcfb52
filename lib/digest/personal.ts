import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma-sqlite/client';
import { loadLikedPapers } from '@/lib/recommend/liked-papers';
import { matchFollowedQueries } from '@/lib/recommend/query-matches';
import { rankForReader } from '@/lib/recommend/rank';
import { loadSignals } from '@/lib/recommend/signals';
import { getCandidateWindow, type CandidateWindow } from '@/lib/recommend/window';
import { excerpt, type DigestContent, type DigestPaper } from './content';

/**
 * Personal copies of a digest edition (issue 14, item 4; docs/decisions/028). A subscriber who
 * chose `personal` and has an account with the same address gets the papers of the edition's
 * period that match their follows and likes, with reasons, then the edition's trending papers
 * to fill. No query storm: the candidate window is read once per run (and kept in memory), and
 * each claimed batch of deliveries costs one query per table for all of its readers (accounts,
 * follows, votes, saves, dismissals, sent papers), one search per distinct followed query not
 * seen earlier in the run, and one INSERT recording what the batch was sent.
 */
export interface PersonalRecipient {
  id: number;
  email: string;
  content: string;
}

export interface PersonalBatch {
  /** The personal copy for a subscriber, or undefined: they get the edition as it is. */
  contentFor(subscriberId: number): DigestContent | undefined;
  /** Records the papers the copies of these subscribers showed, so none is suggested again. */
  recordSent(subscriberIds: readonly number[]): Promise<void>;
}

const EXCERPT_LENGTH = 280;
const SUBJECT_TITLE_LENGTH = 70;

export interface PersonalDigests {
  prepareBatch(recipients: readonly PersonalRecipient[]): Promise<PersonalBatch>;
}

const NO_BATCH: PersonalBatch = { contentFor: () => undefined, recordSent: async () => {} };

export function createPersonalDigests(edition: DigestContent): PersonalDigests {
  let window: Promise<CandidateWindow | null> | null = null;
  const queryMatches = new Map<string, Set<number>>();
  return {
    async prepareBatch(recipients) {
      const wanting = recipients.filter((recipient) => recipient.content === 'personal');
      if (wanting.length === 0) return NO_BATCH;
      window ??= getCandidateWindow();
      const candidates = await window;
      const users = await db.user.findMany({ where: { email: { in: wanting.map((recipient) => recipient.email) }, suspendedAt: null }, select: { id: true, email: true } });
      if (!candidates || users.length === 0) return NO_BATCH;
      const userOf = new Map(users.map((user) => [user.email, user.id]));
      const signals = await loadSignals(users.map((user) => user.id));
      const allLiked = [...signals.values()].flatMap((reader) => reader.liked);
      const queries = [...signals.values()].flatMap((reader) => reader.follows.filter((follow) => follow.kind === 'query').map((follow) => follow.value));
      const [liked] = await Promise.all([loadLikedPapers(candidates, allLiked), matchFollowedQueries(candidates, queries, queryMatches)]);
      const copies = new Map<number, { userId: string; content: DigestContent }>();
      for (const recipient of wanting) {
        const userId = userOf.get(recipient.email);
        const reader = userId ? signals.get(userId) : undefined;
        if (!userId || !reader) continue;
        const topN = Math.max(edition.papers.length, 1);
        const picks = rankForReader({ window: candidates, period: { start: edition.edition.start, end: edition.edition.end }, signals: reader, liked, queryMatches, limit: topN });
        const papers: DigestPaper[] = picks.map(({ paper, reasons }) => ({
          id: paper.id,
          slug: paper.slug,
          title: paper.title,
          authors: paper.authors.slice(0, 3),
          authorCount: paper.authors.length,
          excerpt: excerpt(paper.abstract, EXCERPT_LENGTH),
          day: paper.day,
          reasons,
        }));
        const taken = new Set(papers.map((paper) => paper.id));
        for (const paper of edition.papers) {
          if (papers.length >= topN) break;
          if (!taken.has(paper.id) && !reader.excluded.has(paper.id)) papers.push(paper);
        }
        copies.set(recipient.id, { userId, content: { ...edition, papers, subject: personalSubject(edition, papers), personal: { picked: picks.length } } });
      }
      return {
        contentFor: (subscriberId) => copies.get(subscriberId)?.content,
        recordSent: async (subscriberIds) => {
          const rows = subscriberIds.flatMap((id) => {
            const copy = copies.get(id);
            return copy ? copy.content.papers.map((paper) => Prisma.sql`(${copy.userId}, ${paper.id}, ${edition.edition.key})`) : [];
          });
          if (rows.length === 0) return;
          // Both engines take ON CONFLICT DO NOTHING: a paper already recorded stays as it was.
          await db.$executeRaw`INSERT INTO "DigestSentPaper" ("userId", "paperId", "digestKey") VALUES ${Prisma.join(rows)} ON CONFLICT DO NOTHING`;
        },
      };
    },
  };
}

/** "Daily Papers for you, Thu Sep 4: <first title> and 9 more" */
function personalSubject(content: DigestContent, papers: DigestPaper[]): string {
  const [top] = papers;
  const head = `Daily Papers for you, ${content.edition.shortLabel}`;
  if (!top) return head;
  const title = top.title.length > SUBJECT_TITLE_LENGTH ? `${top.title.slice(0, SUBJECT_TITLE_LENGTH - 1)}…` : top.title;
  return `${head}: ${title}${papers.length > 1 ? ` and ${papers.length - 1} more` : ''}`;
}
