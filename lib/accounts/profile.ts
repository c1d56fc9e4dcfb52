import { db } from '@/lib/db';
import { paperPath } from '@/lib/papers/paper-ref';
import { usernameSchema } from './username';

/** A reader's public profile: only what they published on the site. No address, no votes. */
export interface Profile {
  username: string;
  memberSince: Date;
  submissions: { paperPath: string; title: string; day: string }[];
  comments: { id: number; paperPath: string; paperTitle: string; excerpt: string; createdAt: Date }[];
}

const LIST_LIMIT = 50;
const EXCERPT_LENGTH = 280;

/** `name` as it came in a URL: anything that is not a well-formed username is simply unknown. */
export function profileName(name: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return null;
  }
  const parsed = usernameSchema.safeParse(decoded);
  return parsed.success && parsed.data === decoded ? parsed.data : null;
}

/** A comment's Markdown as one line of text, cut at a word. */
export function commentExcerpt(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH - 40))}…`;
}

export async function getProfile(name: string): Promise<Profile | null> {
  const username = profileName(name);
  if (!username) return null;
  const user = await db.user.findUnique({ where: { username }, select: { id: true, createdAt: true } });
  if (!user) return null;
  const [submissions, comments] = await Promise.all([
    db.listing.findMany({
      where: { submittedById: user.id, hiddenAt: null },
      select: { day: true, paper: { select: { slug: true, title: true } } },
      orderBy: { createdAt: 'desc' },
      take: LIST_LIMIT,
    }),
    db.comment.findMany({
      where: { userId: user.id, deletedAt: null, hiddenAt: null },
      select: { id: true, body: true, createdAt: true, paper: { select: { slug: true, title: true } } },
      orderBy: { createdAt: 'desc' },
      take: LIST_LIMIT,
    }),
  ]);
  return {
    username,
    memberSince: user.createdAt,
    submissions: submissions.map((row) => ({ paperPath: paperPath(row.paper.slug), title: row.paper.title, day: row.day })),
    comments: comments.map((row) => ({ id: row.id, paperPath: paperPath(row.paper.slug), paperTitle: row.paper.title, excerpt: commentExcerpt(row.body), createdAt: row.createdAt })),
  };
}
