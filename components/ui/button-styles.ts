/** Shared looks for buttons and button-like links, so the class strings live in one place. */
export const BUTTON_BASE =
  'inline-flex items-center justify-center gap-1.5 rounded-lg px-3.5 py-2 text-sm font-semibold transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:cursor-not-allowed disabled:opacity-60';

export const BUTTON_VARIANTS = {
  primary: 'bg-neutral-900 text-white hover:bg-neutral-700 dark:bg-amber-300 dark:text-neutral-950 dark:hover:bg-amber-200',
  secondary:
    'border border-neutral-300 bg-white text-neutral-900 hover:bg-neutral-100 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800',
  ghost: 'text-neutral-700 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800',
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;
