/** Looks shared by the account and profile pages. */
export const SECTION = 'rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm sm:p-6 dark:border-neutral-800 dark:bg-neutral-900';
export const SECTION_TITLE = 'text-lg font-semibold text-neutral-950 dark:text-white';
export const MUTED = 'text-sm text-neutral-600 dark:text-neutral-400';
export const LINK = 'font-medium text-amber-800 underline underline-offset-2 dark:text-amber-300';
export const ROW = 'flex flex-wrap items-center justify-between gap-3 py-3';
