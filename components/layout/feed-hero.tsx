/** The list pages' title block, as on the page Daily Papers started from. */
export function FeedHero() {
  return (
    <div className="mx-auto max-w-4xl px-4 pt-8 sm:px-6 sm:pt-10">
      <h1 className="text-3xl font-extrabold tracking-tight text-neutral-950 sm:text-4xl dark:text-white">Daily Papers</h1>
      <p className="mt-1 text-neutral-600 dark:text-neutral-400">by AK and the research community</p>
    </div>
  );
}
