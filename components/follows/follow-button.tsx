import { followKey, type FollowKind } from '@/lib/follows/schema';
import { cn } from '@/lib/utils/cn';

interface FollowButtonProps {
  kind: FollowKind;
  value: string;
  /** What the button says after "Follow", for screen readers too ("cs.LG", "Ada Lovelace"). */
  label: string;
  /** The page it is on: a press sent by script that needs a sign-in comes back here. */
  back: string;
  className?: string;
}

/**
 * A Follow button: the same bytes for every reader, so it can sit on cached pages. Without
 * script it is a plain form (POST /follows, on=1; the answer is /following). With script,
 * components/follows/follow-enhancer.tsx asks /api/me which of the page's follows the reader
 * has, shows those as "Following" (pressing unfollows), and sends presses in place.
 */
export function FollowButton({ kind, value, label, back, className }: FollowButtonProps) {
  return (
    <form method="post" action="/follows" className={cn('follow inline-block', className)} data-follow={followKey({ kind, value })}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="value" value={value} />
      <input type="hidden" name="on" value="1" />
      <input type="hidden" name="back" value={back} />
      <button
        type="submit"
        className="inline-flex items-center gap-1 rounded-full border border-amber-700/60 px-3 py-1 text-sm font-medium text-amber-900 hover:bg-amber-50 aria-pressed:bg-amber-700 aria-pressed:text-white dark:border-amber-300/60 dark:text-amber-200 dark:hover:bg-amber-950 dark:aria-pressed:bg-amber-300 dark:aria-pressed:text-neutral-950"
      >
        <span data-follow-text="">Follow</span>
        <span className="sr-only"> {label}</span>
      </button>
    </form>
  );
}
