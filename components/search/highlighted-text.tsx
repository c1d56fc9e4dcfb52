import type { TextSegment } from '@/lib/search/highlight';

/** Text with the search engine's matches in <mark>; all of it rendered as text, never as HTML. */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-neutral-950 dark:bg-amber-300 dark:text-neutral-950">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
