/** Looks of the thread, kept in one place. */

/** A comment's rendered Markdown: spacing, lists, quotes, code and links (no typography plugin). */
export const COMMENT_PROSE = [
  'min-w-0 break-words text-[0.9375rem] leading-relaxed text-neutral-800 dark:text-neutral-200',
  '[&>*+*]:mt-2 [&_li+li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6',
  '[&_blockquote]:border-l-4 [&_blockquote]:border-neutral-300 [&_blockquote]:pl-3 [&_blockquote]:text-neutral-700 dark:[&_blockquote]:border-neutral-700 dark:[&_blockquote]:text-neutral-300',
  '[&_code]:rounded [&_code]:bg-neutral-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-[0.875em] dark:[&_code]:bg-neutral-800',
  '[&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-neutral-100 [&_pre]:p-3 dark:[&_pre]:bg-neutral-900 [&_pre_code]:bg-transparent [&_pre_code]:p-0',
  '[&_a]:text-amber-800 [&_a]:underline dark:[&_a]:text-amber-300 [&_hr]:border-neutral-200 dark:[&_hr]:border-neutral-800',
].join(' ');

export const ACTION_LINK = 'rounded px-1 py-0.5 font-medium text-neutral-600 hover:text-amber-800 hover:underline dark:text-neutral-400 dark:hover:text-amber-300';

/** A thread's lists; the script builds the same lists when it adds the first (reply). */
export const THREAD_LIST = 'mt-4 space-y-4';
export const REPLY_LIST = 'mt-3 space-y-3 border-l-2 border-neutral-200 pl-4 sm:pl-6 dark:border-neutral-800';

/** A comment; `:target` (the #comment-<id> a form sends the reader back to) is marked. */
export const COMMENT_CARD =
  'scroll-mt-6 rounded-lg border border-transparent p-2 -m-2 target:border-amber-400 target:bg-amber-50 dark:target:border-amber-700 dark:target:bg-amber-950/40';
