/** The limits, said before the reader runs into them. */
export function SubmissionRules({ maxAgeDays, dailyLimit, usedToday }: { maxAgeDays: number; dailyLimit: number; usedToday: number | null }) {
  const left = usedToday === null ? null : Math.max(0, dailyLimit - usedToday);
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-neutral-700 dark:text-neutral-300">
      <li>The paper must have been first published on arXiv in the last {maxAgeDays} days.</li>
      <li>
        Each account may submit {dailyLimit === 1 ? 'one paper' : `${dailyLimit} papers`} a day (UTC)
        {left !== null && <strong className="font-semibold">{`: ${left} left today`}</strong>}.
      </li>
      <li>A paper that is already listed is not listed again: you get a link to it instead.</li>
      <li>It is listed at the end of today’s papers, with “submitted by” and your username.</li>
    </ul>
  );
}
