import { FollowButton } from './follow-button';

/** Authors listed with a Follow button each; long bylines offer the first ones. */
const MAX_AUTHORS = 12;

/**
 * "Follow an author" under a paper's byline: names as written on the paper, which is how a
 * follow matches new papers. Closed by default, so the byline stays a byline.
 */
export function FollowAuthors({ names, back }: { names: string[]; back: string }) {
  const unique = [...new Set(names.map((name) => name.trim()).filter(Boolean))].slice(0, MAX_AUTHORS);
  if (unique.length === 0) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="paper-more">Follow an author</summary>
      <ul aria-label="Follow an author" className="mt-2 flex flex-col gap-1.5">
        {unique.map((name) => (
          <li key={name} className="flex flex-wrap items-center gap-2">
            <span className="text-neutral-800 dark:text-neutral-200">{name}</span>
            <FollowButton kind="author" value={name} label={name} back={back} />
          </li>
        ))}
      </ul>
    </details>
  );
}
