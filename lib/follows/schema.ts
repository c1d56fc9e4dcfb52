import { z } from 'zod';
import { isKnownCategory } from '@/lib/papers/arxiv-taxonomy';
import { MAX_QUERY_LENGTH, parseSearchTerms } from '@/lib/search/query-terms';

/** What a reader can follow (docs/decisions/028). */
export const FOLLOW_KINDS = ['category', 'author', 'query'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

/** At most this many follows per reader: a bound on what For you and the digest look up. */
export const MAX_FOLLOWS = 200;
const MAX_AUTHOR_LENGTH = 200;

export interface FollowTarget {
  kind: FollowKind;
  value: string;
}

/** The value as stored: a category code as arXiv writes it, a name or query with spaces squeezed. */
export function normaliseFollowValue(kind: FollowKind, raw: string): string {
  const value = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Category codes keep arXiv's case (cs.LG); nothing else changes a name or a query.
  return kind === 'category' ? value.replace(/\s/g, '') : value;
}

/** Why a value cannot be followed, or null when it can. */
export function followValueProblem(kind: FollowKind, value: string): string | null {
  if (value.length === 0) return kind === 'query' ? 'Type a search to follow.' : kind === 'author' ? 'Name the author to follow.' : 'Name the category to follow.';
  if (/\p{Cc}/u.test(value)) return 'That value contains control characters.';
  // The codes that have a category page (lib/papers/category-route.ts).
  if (kind === 'category') return isKnownCategory(value) ? null : `"${value.slice(0, 40)}" is not an arXiv category (like cs.LG or hep-th).`;
  if (kind === 'author') return value.length > MAX_AUTHOR_LENGTH ? `An author's name can be at most ${MAX_AUTHOR_LENGTH} characters.` : null;
  if (value.length > MAX_QUERY_LENGTH) return `A followed search can be at most ${MAX_QUERY_LENGTH} characters.`;
  return parseSearchTerms(value).length === 0 ? 'That search has no words to look for.' : null;
}

/** The follow form: kind, value, and the desired state (on=1 follow, on=0 unfollow). */
export const followFormSchema = z
  .object({
    kind: z.enum(FOLLOW_KINDS, { error: 'Say what to follow: a category, an author or a search.' }),
    value: z.string({ error: 'Say what to follow.' }).max(1_000, { error: 'That value is too long.' }),
    on: z.enum(['0', '1'], { error: 'Say whether to follow (on=1) or stop (on=0).' }).default('1').transform((value) => value === '1'),
  })
  .transform((form, context) => {
    const value = normaliseFollowValue(form.kind, form.value);
    const problem = followValueProblem(form.kind, value);
    if (problem) {
      context.addIssue({ code: 'custom', message: problem, path: ['value'] });
      return z.NEVER;
    }
    return { kind: form.kind, value, on: form.on };
  });

/** "follows cs.LG", "follows Ada Lovelace", "matches 'diffusion'": the reason shown with a paper. */
export function followReason(target: FollowTarget): string {
  if (target.kind === 'query') return `matches '${target.value}'`;
  return `follows ${target.value}`;
}

/** The key the page and /api/me use for one follow: kind and value, one string. */
export function followKey(target: FollowTarget): string {
  return `${target.kind}:${target.value}`;
}

/** The page that lists a reader's follows. */
export const FOLLOWING_PATH = '/following';
